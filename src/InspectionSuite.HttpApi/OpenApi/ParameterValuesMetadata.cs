namespace InspectionSuite.OpenApi;

/// <summary>The values a string route parameter accepts, listed as its enum in the OpenAPI document.</summary>
public sealed record ParameterValuesMetadata(string Parameter, Func<IServiceProvider, CancellationToken, Task<IReadOnlyList<string>>> Values);
