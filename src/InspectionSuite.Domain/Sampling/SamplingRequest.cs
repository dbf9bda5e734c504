namespace InspectionSuite.Sampling;

/// <summary>Everything one draw depends on. Same request (in any row order) → same <see cref="SamplingResult"/>.</summary>
public sealed record SamplingRequest
{
    public const int DefaultRiskScore = 50;
    public const decimal DefaultRate = 0.2m;
    public const int DefaultCooldownYears = 1;

    public required int Year { get; init; }
    public required AuthorityCode Authority { get; init; }
    /// <summary>Published seed text; hashed with SHA-256, never parsed.</summary>
    public required string Seed { get; init; }
    public required IReadOnlyList<SamplingUnit> Units { get; init; }
    public IReadOnlyList<CompletedCheck> History { get; init; } = [];
    public IReadOnlyList<UnitReason> Mandatory { get; init; } = [];
    public IReadOnlyList<UnitReason> Excluded { get; init; } = [];
    public IReadOnlyList<RiskScore> Risks { get; init; } = [];
    /// <summary>Share of each stratum to select, in (0, 1]. Decimal so ceil(rate × N) is exact.</summary>
    public decimal Rate { get; init; } = DefaultRate;
    public int CooldownYears { get; init; } = DefaultCooldownYears;
    /// <summary>Date the universe is frozen on; default 1 January of <see cref="Year"/>.</summary>
    public DateOnly? AsOf { get; init; }

    public DateOnly EffectiveAsOf => AsOf ?? new DateOnly(Year, 1, 1);
}
