namespace InspectionSuite.Documents;

public enum ExportKind
{
    /// <summary>Sổ theo dõi xử lý vi phạm và kiến nghị: one row per sanction or recommendation, amounts decided and recovered.</summary>
    SanctionsRegister,
    /// <summary>Completed cases per stratum over the units valid in the year, against the 20% minimum.</summary>
    CoverageByStratum,
    /// <summary>Cases past a deadline and sanctions past theirs.</summary>
    OverdueItems,
}
