namespace InspectionSuite.Cases;

/// <summary>The team asks the người ra quyết định for an extension (đề nghị gia hạn) of <paramref name="Days"/>.</summary>
public sealed record RequestExtensionDto(int Days, string Grounds, string ConcurrencyStamp);
