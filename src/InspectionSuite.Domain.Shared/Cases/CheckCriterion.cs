namespace InspectionSuite.Cases;

/// <summary>
/// One check criterion from the province's plan (seed: Kế hoạch triển khai QĐ 534/QĐ-TTg). <see cref="Sections"/> are
/// the plan's own numbering ("II.4.b", "Phụ lục 5" = row 5 of the appendix); <see cref="Quote"/> is the plan's words
/// the criterion comes from (a test finds them in the cited section).
/// </summary>
public sealed record CheckCriterion(string Code, string NameVi, string NameEn, string TargetVi, string TargetEn, IReadOnlyList<string> Sections, string Quote)
{
    /// <summary>The citation shown to people: "KH 534 I.2.a; II.4.b; Phụ lục 5".</summary>
    public string Source => "KH 534 " + string.Join("; ", Sections);
}
