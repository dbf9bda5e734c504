namespace InspectionSuite.Cases;

/// <summary>Đề nghị gia hạn of the team (days, reason, who asked and when), owned by <see cref="InspectionCase"/>; all null when none waits.</summary>
public sealed class ExtensionRequest
{
    public int? Days { get; private set; }
    public string? Reason { get; private set; }
    public Guid? RequestedById { get; private set; }
    public string? RequestedBy { get; private set; }
    public DateTime? RequestedAt { get; private set; }

    public bool IsPending => Days is not null;

    internal void Record(int days, string reason, Guid requestedById, string requestedBy, DateTime requestedAtUtc)
    {
        Days = days;
        Reason = reason;
        RequestedById = requestedById;
        RequestedBy = requestedBy;
        RequestedAt = requestedAtUtc;
    }

    internal void Clear()
    {
        Days = null;
        Reason = null;
        RequestedById = null;
        RequestedBy = null;
        RequestedAt = null;
    }
}
