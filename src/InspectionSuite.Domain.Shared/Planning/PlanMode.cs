namespace InspectionSuite.Planning;

/// <summary>
/// How an authority builds its annual plan (issue 14, seed plan II.6). Thanh tra tỉnh: a list of inspections the
/// supervisor builds by hand, planned ones (theo kế hoạch) and ad-hoc ones (đột xuất) — Luật Thanh tra 84/2025/QH15 gives
/// the inspectorate's plan no quota. Sở Nội vụ: the 20% draw of Kế hoạch 534 (docs/sampling.md).
/// </summary>
public enum PlanMode
{
    /// <summary>Sở Nội vụ: a sample drawn by the engine, adjustments, risk scores, top-ups, coverage against the 20%.</summary>
    Draw = 0,
    /// <summary>Thanh tra tỉnh: hand-built items (unit, subject, planned period, legal basis), planned or đột xuất.</summary>
    List = 1,
}
