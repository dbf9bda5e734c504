namespace InspectionSuite.Cases;

/// <summary>The dự thảo kết luận (<c>DraftConclusion</c>).</summary>
public sealed record DraftConclusionDto(DateOnly? Date, string? Text)
{
    public static readonly DraftConclusionDto None = new(null, null);
}
