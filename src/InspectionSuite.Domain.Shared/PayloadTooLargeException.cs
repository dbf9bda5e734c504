namespace InspectionSuite;

/// <summary>The request body is larger than the limit the endpoint reads (e.g. a CSV file). HTTP 413.</summary>
public sealed class PayloadTooLargeException(string code, params object?[] args) : BusinessException(code, args);
