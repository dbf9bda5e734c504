namespace InspectionSuite;

/// <summary>Someone else saved first (stale concurrency stamp or instance version). HTTP 409.</summary>
public sealed class ConcurrencyConflictException(string? target = null)
    : BusinessException(InspectionSuiteErrorCodes.ConcurrencyConflict, target ?? "");
