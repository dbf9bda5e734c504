namespace InspectionSuite.Cases;

/// <summary>The thẩm định of the draft conclusion (<c>Appraisal</c>): when, by whom, the opinion.</summary>
public sealed record AppraisalDto(DateOnly? On, string? By, string? Opinion)
{
    public static readonly AppraisalDto None = new(null, null, null);
}
