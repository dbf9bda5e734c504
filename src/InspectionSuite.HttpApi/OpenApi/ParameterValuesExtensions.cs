namespace InspectionSuite.OpenApi;

public static class ParameterValuesExtensions
{
    public static RouteHandlerBuilder WithParameterValues(this RouteHandlerBuilder builder, string parameter, Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<string>>> values)
        => builder.WithMetadata(new ParameterValuesMetadata(parameter, values));
}
