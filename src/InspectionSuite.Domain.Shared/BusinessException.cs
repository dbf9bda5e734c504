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
