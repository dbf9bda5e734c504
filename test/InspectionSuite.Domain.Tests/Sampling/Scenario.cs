using CsCheck;
using InspectionSuite.Organization;
using InspectionSuite.Sampling;

namespace InspectionSuite.Domain.Tests.Sampling;

/// <summary>A random scenario plus an independent, naive oracle for the rules the engine must follow.</summary>
public sealed record Scenario(SamplingRequest Request, IReadOnlyList<UnitSpec> Specs)
{
    public const int Year = 2030;
    public static readonly DateOnly AsOf = new(Year, 1, 1);

    public static readonly Gen<UnitSpec> UnitGen = Gen.Select(
        Gen.Int[0, 3], Gen.Int[1, 8].Array[0, 3], Gen.Int[1, 8].Array[0, 2], Gen.Int[-1, 100],
        Gen.Int[0, 9], Gen.Int[0, 7], Gen.Int[0, 9], Gen.Int[1, 8].Array[0, 2].Array[0, 2],
        (k, own, other, risk, m, e, v, preds) => new UnitSpec(k, own, other, risk, m, e, v, preds));

    public static readonly Gen<decimal> RateGen = Gen.OneOf(0.2m, 0.2m, 0.25m, 0.1m, 0.5m, 0.34m, 1m);

    public static readonly Gen<Scenario> Gen_ = Gen.Select(UnitGen.Array[0, 40], RateGen, Gen.Int[0, 4], Gen.String, Gen.Bool,
        (specs, rate, cooldown, seed, authority) =>
            Build(specs, rate, Math.Min(cooldown, SamplingEngine.RotationYears(rate) - 1), seed, authority ? AuthorityCode.NoiVu : AuthorityCode.ThanhTra));

    public static string Code(int i) => i % 3 == 0 ? $"u{i:D3}" : $"U{i}";

    public static Scenario Build(UnitSpec[] specs, decimal rate, int cooldown, string seed, AuthorityCode authority)
    {
        var other = authority == AuthorityCode.NoiVu ? AuthorityCode.ThanhTra : AuthorityCode.NoiVu;
        var units = new List<SamplingUnit>();
        var history = new List<CompletedCheck>();
        var mandatory = new List<UnitReason>();
        var excluded = new List<UnitReason>();
        var risks = new List<RiskScore>();
        for (var i = 0; i < specs.Length; i++)
        {
            var s = specs[i];
            var code = Code(i);
            var predCodes = s.Predecessors.Select((_, j) => $"{code}-P{j}").ToArray();
            for (var j = 0; j < predCodes.Length; j++)
            {
                units.Add(new SamplingUnit(predCodes[j], (UnitKind)s.Kind, null, AsOf.AddYears(-1)));
                history.AddRange(s.Predecessors[j].Select(b => new CompletedCheck(predCodes[j], Year - b, authority)));
            }
            var (from, to) = s.Validity switch
            {
                0 => ((DateOnly?)null, (DateOnly?)AsOf.AddDays(-1)),
                1 => (AsOf.AddDays(1), null),
                2 => (AsOf, null),
                3 => (null, AsOf),
                _ => (null, null),
            };
            units.Add(new SamplingUnit(code, (UnitKind)s.Kind, from, to, predCodes));
            history.AddRange(s.OwnChecksBack.Select(b => new CompletedCheck(code, Year - b, authority)));
            history.AddRange(s.OtherChecksBack.Select(b => new CompletedCheck(code, Year - b, other)));
            if (s.Mandatory == 0) mandatory.Add(new UnitReason(code, "complaint"));
            if (s.Mandatory == 1) { mandatory.Add(new UnitReason(code, "directive")); mandatory.Add(new UnitReason(code, "poor prior result")); }
            if (s.Excluded == 0) excluded.Add(new UnitReason(code, "State Audit 2030"));
            if (s.Risk >= 0) risks.Add(new RiskScore(code, s.Risk));
        }
        var request = new SamplingRequest
        {
            Year = Year, Authority = authority, Seed = seed, Units = units, History = history,
            Mandatory = mandatory, Excluded = excluded, Risks = risks, Rate = rate, CooldownYears = cooldown,
        };
        return new Scenario(request, specs);
    }

    // ---- oracle (deliberately naive, written from the spec, not from the engine) ----

    public bool InUniverse(int i) => Specs[i].Validity is not (0 or 1);
    public bool IsMandatory(int i) => Specs[i].Mandatory is 0 or 1;
    public bool IsExcluded(int i) => Specs[i].Excluded == 0;
    public Stratum StratumOf(int i) => ((UnitKind)Specs[i].Kind).ToStratum();

    public int? EarliestHistoryYear
    {
        get
        {
            var years = Specs.SelectMany(s => s.OwnChecksBack.Concat(s.Predecessors.SelectMany(p => p))).ToArray();
            return years.Length == 0 ? null : Year - years.Max();
        }
    }

    /// <summary>Merge rule: max(own last check, oldest last check among predecessors; never if any predecessor never checked).</summary>
    public int? LastCheck(int i)
    {
        var s = Specs[i];
        int? own = s.OwnChecksBack.Length == 0 ? null : Year - s.OwnChecksBack.Min();
        if (s.Predecessors.Length == 0) return own;
        int? inherited = s.Predecessors.Any(p => p.Length == 0) ? null : s.Predecessors.Min(p => Year - p.Min());
        if (own is null) return inherited;
        if (inherited is null) return own;
        return Math.Max(own.Value, inherited.Value);
    }

    public int YearsUnchecked(int i) => Year - (LastCheck(i) ?? (EarliestHistoryYear is { } e ? e - 1 : Year));
    public bool InCooldown(int i) => LastCheck(i) is { } y && Year - y <= Request.CooldownYears;
    public bool Overdue(int i) => YearsUnchecked(i) >= SamplingEngine.RotationYears(Request.Rate);

    public IEnumerable<int> Universe => Enumerable.Range(0, Specs.Count).Where(InUniverse);
}
