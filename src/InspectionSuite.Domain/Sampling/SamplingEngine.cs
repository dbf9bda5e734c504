using System.Globalization;
using InspectionSuite.Organization;

namespace InspectionSuite.Sampling;

/// <summary>
/// The annual selection engine: a pure function from a <see cref="SamplingRequest"/> to a <see cref="SamplingResult"/>.
/// Order per stratum: mandatory → (excluded for overlap) → overdue rotation → rotation, longest unchecked
/// first → risk-weighted draw in the last, partly fitting group → cooldown override. Described step by step in docs/sampling.md.
/// </summary>
public static class SamplingEngine
{
    /// <summary>Stored with every draw; bump it whenever any step, hash, key or tie-break changes.</summary>
    public const string AlgorithmVersion = "is-sampling/1.0";

    private static readonly StringComparer Codes = StringComparer.OrdinalIgnoreCase;

    public static SamplingResult Select(SamplingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rotationYears = Validate(request);
        var year = request.Year;
        var asOf = request.EffectiveAsOf;

        var byCode = new Dictionary<string, SamplingUnit>(request.Units.Count, Codes);
        foreach (var unit in request.Units)
            if (!byCode.TryAdd(unit.Code, unit))
                throw new ArgumentException($"duplicate unit code '{unit.Code}'", nameof(request));

        // Own last completed check by this authority, before the plan year.
        var ownLast = new Dictionary<string, int>(Codes);
        int? earliest = null;
        foreach (var check in request.History)
        {
            if (check.Authority != request.Authority || check.Year >= year) continue;
            earliest = earliest is { } e ? Math.Min(e, check.Year) : check.Year;
            ref var last = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ownLast, check.UnitCode, out var exists);
            if (!exists || check.Year > last) last = check.Year;
        }
        // Never-checked units count from the year before the earliest history year (or the plan year without history).
        var neverBase = earliest is { } first ? first - 1 : year;

        var mandatory = ReasonsByCode(request.Mandatory);
        var excluded = ReasonsByCode(request.Excluded);
        var risks = new Dictionary<string, int>(Codes);
        foreach (var r in request.Risks)
            if (risks.TryGetValue(r.UnitCode, out var previous) && previous != r.Score)
                throw new ArgumentException($"two risk scores for unit '{r.UnitCode}'", nameof(request));
            else risks[r.UnitCode] = r.Score;

        var effective = new Dictionary<string, int?>(Codes);
        var visiting = new HashSet<string>(Codes);
        int? LastCheck(string code)
        {
            if (effective.TryGetValue(code, out var known)) return known;
            int? own = ownLast.TryGetValue(code, out var y) ? y : null;
            int? result = own;
            if (visiting.Add(code))
            {
                if (byCode.TryGetValue(code, out var unit) && unit.Predecessors is { Count: > 0 } predecessors)
                {
                    // Merge rule: the successor inherits the OLDEST last check of its predecessors (never if any was
                    // never checked), so no part of a merged territory escapes rotation; its own later check wins.
                    int? inherited = int.MaxValue;
                    foreach (var p in predecessors)
                    {
                        var pl = LastCheck(p);
                        inherited = pl is null || inherited is null ? null : Math.Min(inherited.Value, pl.Value);
                    }
                    result = Max(own, inherited);
                }
                visiting.Remove(code);
            }
            effective[code] = result;
            return result;
        }

        var universe = request.Units
            .Where(u => (u.ValidFrom is null || u.ValidFrom <= asOf) && (u.ValidTo is null || u.ValidTo >= asOf))
            .ToArray();
        // The one string sort: afterwards a unit's index is its ordinal rank, so every later tie-break compares ints.
        Array.Sort(universe.Select(u => u.Code).ToArray(), universe, StringComparer.Ordinal);

        var seedDigest = SamplingRandom.SeedDigest(request.Seed);
        var decisions = new UnitSelection[universe.Length];
        var strata = new List<StratumSummary>(2);
        foreach (var stratum in new[] { Stratum.Department, Stratum.Local })
        {
            var members = new List<int>();
            for (var i = 0; i < universe.Length; i++)
                if (universe[i].Kind.ToStratum() == stratum) members.Add(i);
            var quota = (int)Math.Ceiling(request.Rate * members.Count);

            var selected = 0;
            var pool = new List<Candidate>();
            var cooldownPool = new List<Candidate>();
            var overlapCandidates = new List<Candidate>();
            foreach (var i in members)
            {
                var unit = universe[i];
                var last = LastCheck(unit.Code);
                var baseYear = last ?? neverBase;
                var since = year - baseYear;
                var overdue = since >= rotationYears;
                var inCooldown = last is { } l && year - l <= request.CooldownYears;
                var risk = risks.GetValueOrDefault(unit.Code, SamplingRequest.DefaultRiskScore);
                var lastText = last is { } ly
                    ? string.Create(CultureInfo.InvariantCulture, $"last checked {ly} ({year - ly} year(s) ago)")
                    : earliest is null ? "never checked (no history)" : string.Create(CultureInfo.InvariantCulture, $"never checked (counted from {neverBase}, {since} year(s))");
                UnitSelection Decide(bool isSelected, SelectionReason reason, string detail)
                    => new(unit.Code, unit.Kind, stratum, isSelected, reason, detail, last, risk);

                if (mandatory.TryGetValue(unit.Code, out var why))
                {
                    var detail = "mandatory: " + why;
                    if (excluded.TryGetValue(unit.Code, out var overlap)) detail += "; overrides overlap exclusion: " + overlap;
                    if (inCooldown) detail += "; within cooldown, " + lastText;
                    else if (overdue) detail += "; also overdue for rotation, " + lastText;
                    decisions[i] = Decide(true, SelectionReason.MANDATORY, detail);
                    selected++;
                }
                else if (excluded.TryGetValue(unit.Code, out var overlap))
                {
                    var detail = "excluded for overlap: " + overlap;
                    if (overdue) detail += string.Create(CultureInfo.InvariantCulture, $"; overdue for rotation ({lastText}) but the law gives one content to one body");
                    decisions[i] = Decide(false, SelectionReason.EXCLUDED_OVERLAP, detail);
                    overlapCandidates.Add(new Candidate(i, baseYear, unit.Code, risk, lastText));
                }
                else if (overdue)
                {
                    decisions[i] = Decide(true, SelectionReason.OVERDUE_ROTATION, string.Create(CultureInfo.InvariantCulture, $"overdue: {lastText}, rotation period {rotationYears} years"));
                    selected++;
                }
                else if (inCooldown)
                {
                    decisions[i] = Decide(false, SelectionReason.EXCLUDED_COOLDOWN, string.Create(CultureInfo.InvariantCulture, $"in cooldown of {request.CooldownYears} year(s): {lastText}"));
                    cooldownPool.Add(new Candidate(i, baseYear, unit.Code, risk, lastText));
                }
                else
                {
                    decisions[i] = Decide(false, SelectionReason.NOT_DRAWN, ""); // detail set after the fill, once the outcome is known
                    pool.Add(new Candidate(i, baseYear, unit.Code, risk, lastText));
                }
            }

            var remaining = Math.Max(0, quota - selected);
            remaining = Fill(pool, remaining, seedDigest, (c, drawn, groupSize) =>
            {
                var d = decisions[c.Index];
                var text = c.LastText;
                decisions[c.Index] = drawn
                    ? d with { Selected = true, Reason = SelectionReason.RISK_DRAW, Detail = string.Create(CultureInfo.InvariantCulture, $"risk-weighted draw (risk {c.Risk}) among {groupSize} equally long unchecked units: {text}") }
                    : d with { Selected = true, Reason = SelectionReason.ROTATION, Detail = string.Create(CultureInfo.InvariantCulture, $"rotation, longest unchecked first: {text}") };
            }, (c, groupSize) => decisions[c.Index] = decisions[c.Index] with
            {
                Detail = string.Create(CultureInfo.InvariantCulture, $"not drawn in the risk-weighted draw (risk {c.Risk}) among {groupSize} equally long unchecked units: {c.LastText}"),
            });
            remaining = Fill(cooldownPool, remaining, seedDigest, (c, drawn, groupSize) =>
            {
                var d = decisions[c.Index];
                decisions[c.Index] = d with
                {
                    Selected = true,
                    Reason = SelectionReason.COOLDOWN_OVERRIDDEN,
                    Detail = d.Detail + "; selected anyway because the quota cannot be met otherwise" + (drawn ? string.Create(CultureInfo.InvariantCulture, $" (risk-weighted draw among {groupSize})") : ""),
                };
            });
            foreach (var c in pool)
                if (decisions[c.Index].Detail.Length == 0)
                    decisions[c.Index] = decisions[c.Index] with
                    {
                        Detail = string.Create(CultureInfo.InvariantCulture, $"not reached: quota filled by mandatory, overdue or longer unchecked units; {c.LastText}, risk {c.Risk}"),
                    };
            var selectedCount = members.Count(i => decisions[i].Selected);

            if (remaining > 0)
            {
                var candidates = overlapCandidates
                    .OrderBy(c => c.BaseYear).ThenBy(c => c.Index)
                    .Select(c => c.Code).ToArray();
                strata.Add(new StratumSummary(stratum, members.Count, quota, selectedCount, remaining, QuotaFix.OverrideExclusion,
                    string.Create(CultureInfo.InvariantCulture, $"{remaining} more unit(s) needed: list at least {remaining} of the {candidates.Length} overlap-excluded unit(s) as mandatory to override their exclusion"),
                    candidates));
            }
            else
                strata.Add(new StratumSummary(stratum, members.Count, quota, selectedCount, 0, QuotaFix.None, "quota met", []));
        }

        return new SamplingResult(AlgorithmVersion, request.Seed, year, request.Authority, request.Rate,
            request.CooldownYears, rotationYears, asOf, decisions, strata);
    }

    /// <summary>ceil(1 / rate): a unit unchecked this many years is overdue.</summary>
    public static int RotationYears(decimal rate) => (int)Math.Ceiling(1m / rate);

    private static int Validate(SamplingRequest r)
    {
        if (r.Seed is null) throw new ArgumentException("seed is required", nameof(r));
        if (r.Rate <= 0 || r.Rate > 1) throw new ArgumentOutOfRangeException(nameof(r), "rate must be in (0, 1]");
        var rotation = RotationYears(r.Rate);
        if (r.CooldownYears < 0 || r.CooldownYears >= rotation)
            throw new ArgumentOutOfRangeException(nameof(r), $"cooldown must be 0..{rotation - 1} (below the rotation period ceil(1/rate) = {rotation})");
        foreach (var risk in r.Risks)
            if (risk.Score is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(r), $"risk score of '{risk.UnitCode}' must be 0–100");
        return rotation;
    }

    /// <summary>
    /// Takes <paramref name="slots"/> units: groups of equal last-check year, oldest first, are taken whole while they
    /// fit; the first group that does not fit is drawn from by Efraimidis–Spirakis keys ln(u)/(risk+1), u from the unit's own stream.
    /// </summary>
    private static int Fill(List<Candidate> pool, int slots, byte[] seedDigest, Action<Candidate, bool, int> take, Action<Candidate, int>? lostDraw = null)
    {
        if (slots == 0 || pool.Count == 0) return slots;
        pool.Sort(static (a, b) => a.BaseYear != b.BaseYear ? a.BaseYear.CompareTo(b.BaseYear) : a.Index.CompareTo(b.Index));
        var start = 0;
        while (start < pool.Count && slots > 0)
        {
            var end = start;
            while (end < pool.Count && pool[end].BaseYear == pool[start].BaseYear) end++;
            var size = end - start;
            if (size <= slots)
            {
                for (var k = start; k < end; k++) take(pool[k], false, size);
                slots -= size;
            }
            else
            {
                var keyed = new (double Key, Candidate C)[size];
                for (var k = 0; k < size; k++)
                {
                    var c = pool[start + k];
                    var u = SamplingRandom.ForUnit(seedDigest, c.Code).NextOpenDouble();
                    keyed[k] = (DeterministicMath.Ln(u) / (c.Risk + 1), c);
                }
                Array.Sort(keyed, static (a, b) => a.Key != b.Key ? b.Key.CompareTo(a.Key) : a.C.Index.CompareTo(b.C.Index));
                for (var k = 0; k < slots; k++) take(keyed[k].C, true, size);
                for (var k = slots; k < size; k++) lostDraw?.Invoke(keyed[k].C, size);
                slots = 0;
            }
            start = end;
        }
        return slots;
    }

    private static Dictionary<string, string> ReasonsByCode(IReadOnlyList<UnitReason> rows)
        => rows.GroupBy(r => r.UnitCode, Codes)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(r => r.Reason.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)), Codes);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private sealed record Candidate(int Index, int BaseYear, string Code, int Risk, string LastText);
}
