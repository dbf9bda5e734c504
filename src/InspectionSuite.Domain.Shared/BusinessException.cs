namespace InspectionSuite;

/// <summary>
/// A rule refused the request. Carries a stable code (e.g. "Inspection:010001") that the UI localizes
/// and the API returns in ProblemDetails; <see cref="Args"/> fill the placeholders of the localized text.
/// </summary>
public class BusinessException(string code, params object?[] args)
    : Exception(code + (args.Length > 0 ? " (" + string.Join(", ", args) + ")" : ""))
{
    public string Code { get; } = code;
    public object?[] Args { get; } = args;
    /// <summary>Field-level messages (field name → localized message codes), used by validation errors.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();
}

/// <summary>Someone else saved first (stale concurrency stamp or instance version). HTTP 409.</summary>
public sealed class ConcurrencyConflictException(string? target = null)
    : BusinessException(InspectionSuiteErrorCodes.ConcurrencyConflict, target ?? "");

/// <summary>The request conflicts with the current state of the data (e.g. the slot it claims is taken). HTTP 409.</summary>
public class ConflictException(string code, params object?[] args) : BusinessException(code, args);

/// <summary>The request body is larger than the limit the endpoint reads (e.g. a CSV file). HTTP 413.</summary>
public sealed class PayloadTooLargeException(string code, params object?[] args) : BusinessException(code, args);

/// <summary>The entity does not exist or the caller may not see it. HTTP 404.</summary>
public sealed class EntityNotFoundException(string entity, object id)
    : BusinessException(InspectionSuiteErrorCodes.EntityNotFound, entity, id);

/// <summary>The caller lacks the permission or ownership the action needs. HTTP 403.</summary>
public sealed class ForbiddenException(string permissionOrReason)
    : BusinessException(InspectionSuiteErrorCodes.Forbidden, permissionOrReason);

/// <summary>Input failed validation; <see cref="BusinessException.Errors"/> holds the field-level messages. HTTP 400.</summary>
public sealed class InputValidationException : BusinessException
{
    public InputValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(InspectionSuiteErrorCodes.ValidationFailed) => Errors = errors;

    public InputValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] }) { }
}
