namespace InspectionSuite;

/// <summary>The request conflicts with the current state of the data (e.g. the slot it claims is taken). HTTP 409.</summary>
public class ConflictException(string code, params object?[] args) : BusinessException(code, args);
