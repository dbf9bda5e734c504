namespace InspectionSuite.Oversight;

/// <param name="Position">Chức vụ printed above the signature ("Chánh Thanh tra"); a Leadership user's inspection decisions are signed "position - full name".</param>
public sealed record CreateUserDto(string UserName, string FullName, string? Email, string Password, string Role, Guid? UnitId, string? Position = null);
