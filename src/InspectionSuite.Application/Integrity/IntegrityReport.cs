namespace InspectionSuite.Integrity;

public sealed record IntegrityReport(int InstancesChecked, int JournalEntriesChecked, int TimersChecked, long AuditRecordsChecked, IReadOnlyList<IntegrityViolation> Violations)
{
    public bool IsIntact => Violations.Count == 0;
}
