namespace InspectionSuite.Planning;

/// <summary>Where a plan item comes from.</summary>
public enum PlanItemOrigin
{
    /// <summary>A unit of the draw's universe (Sở Nội vụ).</summary>
    Drawn = 0,
    /// <summary>Theo kế hoạch: listed before approval.</summary>
    Planned = 1,
    /// <summary>Đột xuất: ad hoc, before or after approval; after approval its case is created at once.</summary>
    AdHoc = 2,
}
