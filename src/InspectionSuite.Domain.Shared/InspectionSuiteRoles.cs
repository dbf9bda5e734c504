namespace InspectionSuite;

/// <summary>Seeded role names. Permissions are granted to these roles in the PermissionGrants table.</summary>
public static class InspectionSuiteRoles
{
    public const string Admin = "Admin";
    public const string Supervisor = "Supervisor";
    public const string Inspector = "Inspector";
    public const string Leadership = "Leadership";
    public const string UnitRepresentative = "UnitRepresentative";
    /// <summary>
    /// Thẩm định viên: appraises a draft conclusion of a team they are not on. Named by the AppraiseDraft task of
    /// thanh-tra.inspection v2 (issue 14); not yet in <see cref="All"/>: the roles part of issue 14 seeds it and grants it.
    /// </summary>
    public const string Appraiser = "Appraiser";

    public static readonly string[] All = [Admin, Supervisor, Inspector, Leadership, UnitRepresentative];
}
