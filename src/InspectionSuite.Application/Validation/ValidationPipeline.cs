namespace InspectionSuite.Validation;

/// <summary>
/// Runs every <see cref="IValidator{T}"/> registered for the input's type (singletons, see ApplicationRegistration). An
/// input type without any validator is a wiring mistake, not a valid input: it throws instead of passing silently.
/// </summary>
internal sealed class ValidationPipeline(IServiceProvider services) : IValidationPipeline
{
    public async Task ValidateAsync<T>(T input, CancellationToken ct = default)
    {
        var validators = services.GetServices<IValidator<T>>().ToList();
        if (validators.Count == 0) throw new InvalidOperationException($"No validator is registered for {typeof(T).Name}.");
        foreach (var validator in validators) await validator.ValidateOrThrowAsync(input, ct);
    }
}
