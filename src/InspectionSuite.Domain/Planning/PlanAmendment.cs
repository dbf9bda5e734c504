namespace InspectionSuite.Planning;

/// <summary>A top-up draw on an approved plan: its own seed and inputs; it only ever adds units.</summary>
public sealed class PlanAmendment : Entity<Guid>
{
    public Guid PlanId { get; private set; }
    public int Number { get; private set; }
    public string Seed { get; private set; } = "";
    public string AlgorithmVersion { get; private set; } = "";
    public string InputsJson { get; private set; } = "";
    public int AddedUnits { get; private set; }
    public string? Note { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private PlanAmendment() { }

    internal PlanAmendment(Guid id, Guid planId, int number, string seed, string algorithmVersion, string inputsJson, int addedUnits, string? note, DateTime createdAt)
    {
        Id = id;
        PlanId = planId;
        Number = number;
        Seed = seed;
        AlgorithmVersion = algorithmVersion;
        InputsJson = inputsJson;
        AddedUnits = addedUnits;
        Note = note;
        CreatedAt = createdAt;
    }
}
