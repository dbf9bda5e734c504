namespace InspectionSuite;

/// <summary>Input failed validation; <see cref="BusinessException.Errors"/> holds the field-level messages. HTTP 400.</summary>
public sealed class InputValidationException : BusinessException
{
    public InputValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(InspectionSuiteErrorCodes.ValidationFailed) => Errors = errors;

    public InputValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] }) { }
}
