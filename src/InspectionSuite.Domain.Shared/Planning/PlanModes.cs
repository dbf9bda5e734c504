using InspectionSuite.Organization;

namespace InspectionSuite.Planning;

public static class PlanModes
{
    /// <summary>The plan mode of <paramref name="authority"/>: a list for Thanh tra tỉnh, the draw for Sở Nội vụ.</summary>
    public static PlanMode PlanMode(this AuthorityCode authority) => authority == AuthorityCode.ThanhTra ? Planning.PlanMode.List : Planning.PlanMode.Draw;
}
