namespace InspectionSuite;

/// <summary>Seeded role names. Permissions are granted to these roles in the PermissionGrants table.</summary>
public static class InspectionSuiteRoles
{
    public const string Admin = "Admin";
    public const string Supervisor = "Supervisor";
    public const string Inspector = "Inspector";
    public const string Leadership = "Leadership";
    public const string UnitRepresentative = "UnitRepresentative";

    public static readonly string[] All = [Admin, Supervisor, Inspector, Leadership, UnitRepresentative];
}
