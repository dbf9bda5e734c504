namespace InspectionSuite.Workflows;

/// <summary>Stable error codes of the workflow runtime ("Workflow:05BBBB"), localized in Localization/workflows.{vi,en}.json.</summary>
public static class WorkflowErrorCodes
{
    public const string DefinitionInvalid = "Workflow:050001";
    public const string DefinitionNotFound = "Workflow:050002";
    public const string DefinitionNotPublished = "Workflow:050003";
    public const string TriggerNotPermitted = "Workflow:050004";
    public const string InstanceNotRunning = "Workflow:050005";
    public const string ActionFailed = "Workflow:050006";
    public const string TaskNotOpen = "Workflow:050007";
    public const string TaskNotAssignedToActor = "Workflow:050008";
    public const string MigrationStateUnmapped = "Workflow:050009";
    public const string IncidentNotOpen = "Workflow:050010";
    public const string PublishedVersionImmutable = "Workflow:050011";
    public const string ReasonRequired = "Workflow:050012";
    public const string IncidentObsolete = "Workflow:050013";
    public const string GuardRefused = "Workflow:050014";
    public const string TaskNotOnRequest = "Workflow:050015";
    public const string TaskAlreadyOpen = "Workflow:050016";
}
