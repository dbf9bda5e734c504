namespace InspectionSuite.Auditing;

public sealed record GetAuditLogInput : PagedAndSortedInput
{
    public string? UserName { get; init; }
    public string? Kind { get; init; }
    public string? Action { get; init; }
    public DateTime? FromUtc { get; init; }
    public DateTime? ToUtc { get; init; }
}
