namespace InspectionSuite.Auditing;

public static class AuditRecordKind
{
    public const string Request = "Request";
    public const string EntityChange = "EntityChange";
    public const string Command = "Command";
}
