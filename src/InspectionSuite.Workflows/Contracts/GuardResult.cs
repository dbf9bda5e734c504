namespace InspectionSuite.Workflows.Contracts;

/// <summary>Outcome of a guard: pass, or fail with a localizable error code.</summary>
public readonly record struct GuardResult(bool Passed, string? Code, object?[]? Args = null)
{
    public static GuardResult Pass => new(true, null);
    public static GuardResult Fail(string code, params object?[] args) => new(false, code, args);
}
