namespace InspectionSuite.Validation;

/// <summary>
/// Validates a command's input with the validators registered for its type, so that an application service needs one
/// dependency for all its inputs instead of one validator per input.
/// </summary>
public interface IValidationPipeline
{
    /// <summary>Throws <see cref="InputValidationException"/> (HTTP 400, errors by field) when <paramref name="input"/> is invalid.</summary>
    Task ValidateAsync<T>(T input, CancellationToken ct = default);
}
