namespace InspectionSuite.Planning;

/// <summary>The risk score (0–100) of one unit for the plan's draw: higher scores win the risk-weighted draw more often.</summary>
public sealed class PlanRiskScore : Entity<Guid>
{
    public Guid PlanId { get; private set; }
    public string UnitCode { get; private set; } = "";
    public int Score { get; private set; }

    private PlanRiskScore() { }

    internal PlanRiskScore(Guid id, Guid planId, string unitCode, int score)
    {
        Id = id;
        PlanId = planId;
        UnitCode = unitCode;
        Score = score;
    }

    internal void Change(int score) => Score = score;
}
