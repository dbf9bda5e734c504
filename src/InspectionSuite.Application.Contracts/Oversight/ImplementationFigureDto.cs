namespace InspectionSuite.Oversight;

/// <summary>Recommendations and sanctions by implementation status; <see cref="Rate"/> = done / total (0..1).</summary>
public sealed record ImplementationFigureDto(int Total, int Done, int InProgress, int Issued, int CarriedOver, int Overdue, double Rate)
{
    /// <summary>Items the unit reported done (đơn vị báo cáo), waiting for the team to confirm: not done yet (theo dõi, đôn đốc).</summary>
    public int Reported { get; init; }
    /// <summary>Money recovered on items confirmed done (by the team or a re-check).</summary>
    public decimal AmountConfirmedVnd { get; init; }
    /// <summary>Money the unit reports recovered on items waiting for confirmation: a claim, kept apart from confirmed money.</summary>
    public decimal AmountReportedVnd { get; init; }
}
