namespace InspectionSuite.Oversight;

/// <summary>Errors of the oversight screens' services (users, unit succession, task reassignment). Texts in Localization/ui-oversight.*.json.</summary>
public static class OversightErrorCodes
{
    public const string RoleUnknown = "Inspection:090001";
    public const string UnitRequiredForRepresentative = "Inspection:090002";
    public const string UnitOnlyForRepresentative = "Inspection:090003";
    public const string IdentityRefused = "Inspection:090004";
    public const string CannotLockSelf = "Inspection:090005";
    public const string SuccessionUnitsInvalid = "Inspection:090006";
    public const string TaskNotOpen = "Inspection:090007";
    public const string AssigneeUnknown = "Inspection:090008";
    /// <summary>The task is done under a permission (TaskAssigneeRules) the chosen user does not hold.</summary>
    public const string AssigneeLacksPermission = "Inspection:090009";
}
