using System.Text.Json;
using System.Text.Json.Serialization;

namespace InspectionSuite.Planning;

/// <summary>Builds the engine's requests for a plan: the canonical inputs of a draw and the top-up requests.</summary>
public static class PlanDraws
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>A request with every list sorted ordinal, so the same inputs always serialize to the same JSON.</summary>
    public static SamplingRequest Canonical(SamplingRequest r) => r with
    {
        Units = r.Units.OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => u with { Predecessors = u.Predecessors is { Count: > 0 } p ? p.Order(StringComparer.Ordinal).ToArray() : null })
            .ToArray(),
        History = r.History.OrderBy(h => h.UnitCode, StringComparer.Ordinal).ThenBy(h => h.Year).ThenBy(h => h.Authority).ToArray(),
        Mandatory = r.Mandatory.OrderBy(m => m.UnitCode, StringComparer.Ordinal).ThenBy(m => m.Reason, StringComparer.Ordinal).ToArray(),
        Excluded = r.Excluded.OrderBy(m => m.UnitCode, StringComparer.Ordinal).ThenBy(m => m.Reason, StringComparer.Ordinal).ToArray(),
        Risks = r.Risks.OrderBy(m => m.UnitCode, StringComparer.Ordinal).ToArray(),
    };

    public static string Serialize(SamplingRequest request) => JsonSerializer.Serialize(Canonical(request), Json);

    public static SamplingRequest Deserialize(string json)
        => JsonSerializer.Deserialize<SamplingRequest>(json, Json) ?? throw new InvalidOperationException("Empty plan inputs.");

    /// <summary>
    /// The request of a top-up draw in one stratum: the frozen inputs without the units already selected and
    /// without the other stratum's universe (units outside the universe stay: they carry merge history), with
    /// a rate that makes the quota exactly <paramref name="count"/> of the remaining units. The cooldown is
    /// capped to what that rate allows; overdue units were already selected by the approved draw.
    /// </summary>
    public static SamplingRequest? TopUpRequest(SamplingRequest frozen, IReadOnlySet<string> selected, Stratum stratum, int count, string seed)
    {
        var asOf = frozen.EffectiveAsOf;
        static bool InUniverse(SamplingUnit u, DateOnly on) => (u.ValidFrom is null || u.ValidFrom <= on) && (u.ValidTo is null || u.ValidTo >= on);
        var units = frozen.Units
            .Where(u => !InUniverse(u, asOf) || (u.Kind.ToStratum() == stratum && !selected.Contains(u.Code)))
            .ToArray();
        var remaining = units.Count(u => InUniverse(u, asOf));
        if (count <= 0 || remaining == 0) return null;
        // ceil(rate × remaining) = count exactly: rate rounded toward zero, so rate × remaining ∈ (count − 1, count].
        var rate = count >= remaining ? 1m : decimal.Round((decimal)count / remaining, 20, MidpointRounding.ToZero);
        var codes = units.Select(u => u.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return frozen with
        {
            Seed = seed,
            Units = units,
            Rate = rate,
            CooldownYears = Math.Min(frozen.CooldownYears, SamplingEngine.RotationYears(rate) - 1),
            Mandatory = frozen.Mandatory.Where(m => codes.Contains(m.UnitCode)).ToArray(),
            Excluded = frozen.Excluded.Where(m => codes.Contains(m.UnitCode)).ToArray(),
            Risks = frozen.Risks.Where(m => codes.Contains(m.UnitCode)).ToArray(),
        };
    }
}
