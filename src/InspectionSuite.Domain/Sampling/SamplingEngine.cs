namespace InspectionSuite.Sampling;

/// <summary>
/// The annual selection engine: a pure function from a <see cref="SamplingRequest"/> to a <see cref="SamplingResult"/>.
/// Order per stratum: mandatory → (excluded for overlap) → overdue rotation → rotation, longest unchecked
/// first → risk-weighted draw in the last, partly fitting group → cooldown override. Described step by step in docs/sampling.md.
/// </summary>
public static class SamplingEngine
{
    /// <summary>Stored with every draw; bump it whenever any step, hash, key or tie-break changes.</summary>
    public const string AlgorithmVersion = "is-sampling/1.1";

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

        // 1.1: the authority's own unit (TT-TINH, SO-NV) is never in its universe: no authority checks itself.
        var universe = request.Units
            .Where(u => (u.ValidFrom is null || u.ValidFrom <= asOf) && (u.ValidTo is null || u.ValidTo >= asOf))
            .Where(u => !request.Authority.IsOwnUnit(u.Code))
            .ToArray();
        // The one string sort: afterwards a unit's index is its ordinal rank, so every later tie-break compares ints.
        Array.Sort(universe.Select(u => u.Code).ToArray(), universe, StringComparer.Ordinal);

        var seedDigest = SamplingRandom.SeedDigest(request.Seed);
        var work = new Work[universe.Length];
        var strata = new List<StratumSummary>(2);
        var context = new DetailContext(year, rotationYears, request.CooldownYears, neverBase, earliest is null);
        foreach (var stratum in new[] { Stratum.Department, Stratum.Local })
        {
            var members = 0;
            var selected = 0;
            var pool = new List<Candidate>();
            var cooldownPool = new List<Candidate>();
            var overlapCandidates = new List<Candidate>();
            for (var i = 0; i < universe.Length; i++)
            {
                var unit = universe[i];
                if (unit.Kind.ToStratum() != stratum) continue;
                members++;
                var last = unit.Predecessors is { Count: > 0 } ? LastCheck(unit.Code) : ownLast.TryGetValue(unit.Code, out var own) ? own : null;
                var baseYear = last ?? neverBase;
                ref var w = ref work[i];
                w.Last = last;
                w.Risk = risks.GetValueOrDefault(unit.Code, SamplingRequest.DefaultRiskScore);
                w.Overdue = year - baseYear >= rotationYears;
                w.InCooldown = last is { } l && year - l <= request.CooldownYears;
                w.MandatoryWhy = mandatory.GetValueOrDefault(unit.Code);
                w.OverlapWhy = excluded.GetValueOrDefault(unit.Code);
                var candidate = new Candidate(i, baseYear, w.Risk, unit.Code);
                (w.Reason, w.Selected) = (w.MandatoryWhy, w.OverlapWhy) switch
                {
                    ({ }, _) => (SelectionReason.Mandatory, true),
                    (null, { }) => (SelectionReason.ExcludedOverlap, false),
                    _ when w.Overdue => (SelectionReason.OverdueRotation, true),
                    _ when w.InCooldown => (SelectionReason.ExcludedCooldown, false),
                    _ => (SelectionReason.NotDrawn, false),
                };
                if (w.Selected) selected++;
                else if (w.Reason == SelectionReason.ExcludedOverlap) overlapCandidates.Add(candidate);
                else if (w.Reason == SelectionReason.ExcludedCooldown) cooldownPool.Add(candidate);
                else pool.Add(candidate);
            }
            var quota = (int)Math.Ceiling(request.Rate * members);

            var remaining = Math.Max(0, quota - selected);
            remaining = Fill(pool, remaining, seedDigest, work, SelectionReason.Rotation, SelectionReason.RiskDraw);
            remaining = Fill(cooldownPool, remaining, seedDigest, work, SelectionReason.CooldownOverridden, SelectionReason.CooldownOverridden);
            var selectedCount = quota - remaining + Math.Max(0, selected - quota);

            if (remaining > 0)
            {
                var candidates = overlapCandidates
                    .OrderBy(c => c.BaseYear).ThenBy(c => c.Index)
                    .Select(c => universe[c.Index].Code).ToArray();
                strata.Add(new StratumSummary(stratum, members, quota, selectedCount, remaining, QuotaFix.OverrideExclusion,
                    string.Create(CultureInfo.InvariantCulture, $"{remaining} more unit(s) needed: list at least {remaining} of the {candidates.Length} overlap-excluded unit(s) as mandatory to override their exclusion"),
                    candidates));
            }
            else
                strata.Add(new StratumSummary(stratum, members, quota, selectedCount, 0, QuotaFix.None, "quota met", []));
        }

        var decisions = new UnitSelection[universe.Length];
        for (var i = 0; i < universe.Length; i++)
        {
            ref var w = ref work[i];
            var unit = universe[i];
            decisions[i] = new UnitSelection(unit.Code, unit.Kind, unit.Kind.ToStratum(), w.Selected, w.Reason, Detail(w, context), w.Last, w.Risk)
            {
                Facts = new SelectionFacts(context.Year, w.Last, context.NeverBase, context.NoHistory, context.RotationYears, context.CooldownYears,
                    w.Risk, w.GroupSize, w.Drawn, w.Overdue, w.InCooldown, w.MandatoryWhy, w.OverlapWhy),
            };
        }
        return new SamplingResult(AlgorithmVersion, request.Seed, year, request.Authority, request.Rate,
            request.CooldownYears, rotationYears, asOf, decisions, strata);
    }

    private static string Detail(in Work w, DetailContext c)
    {
        var lastText = w.Last is { } ly
            ? string.Create(CultureInfo.InvariantCulture, $"last checked {ly} ({c.Year - ly} year(s) ago)")
            : c.NoHistory ? "never checked (no history)"
            : string.Create(CultureInfo.InvariantCulture, $"never checked (counted from {c.NeverBase}, {c.Year - c.NeverBase} year(s))");
        switch (w.Reason)
        {
            case SelectionReason.Mandatory:
                var detail = "mandatory: " + w.MandatoryWhy;
                if (w.OverlapWhy is not null) detail += "; overrides overlap exclusion: " + w.OverlapWhy;
                if (w.InCooldown) detail += "; within cooldown, " + lastText;
                else if (w.Overdue) detail += "; also overdue for rotation, " + lastText;
                return detail;
            case SelectionReason.ExcludedOverlap:
                return w.Overdue
                    ? $"excluded for overlap: {w.OverlapWhy}; overdue for rotation ({lastText}) but the law gives one content to one body"
                    : "excluded for overlap: " + w.OverlapWhy;
            case SelectionReason.OverdueRotation:
                return string.Create(CultureInfo.InvariantCulture, $"overdue: {lastText}, rotation period {c.RotationYears} years");
            case SelectionReason.Rotation:
                return "rotation, longest unchecked first: " + lastText;
            case SelectionReason.RiskDraw:
                return string.Create(CultureInfo.InvariantCulture, $"risk-weighted draw (risk {w.Risk}) among {w.GroupSize} equally long unchecked units: {lastText}");
            case SelectionReason.CooldownOverridden:
                return string.Create(CultureInfo.InvariantCulture, $"in cooldown of {c.CooldownYears} year(s): {lastText}; selected anyway because the quota cannot be met otherwise")
                    + (w.Drawn ? string.Create(CultureInfo.InvariantCulture, $" (risk-weighted draw among {w.GroupSize})") : "");
            case SelectionReason.ExcludedCooldown:
                return string.Create(CultureInfo.InvariantCulture, $"in cooldown of {c.CooldownYears} year(s): {lastText}");
            default:
                return w.GroupSize > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"not drawn in the risk-weighted draw (risk {w.Risk}) among {w.GroupSize} equally long unchecked units: {lastText}")
                    : string.Create(CultureInfo.InvariantCulture, $"not reached: quota filled by mandatory, overdue or longer unchecked units; {lastText}, risk {w.Risk}");
        }
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
    private static int Fill(List<Candidate> pool, int slots, byte[] seedDigest, Work[] work, SelectionReason whole, SelectionReason drawn)
    {
        if (slots == 0 || pool.Count == 0) return slots;
        // Index is the ordinal rank of the code, so this is (last-check year, code ordinal) without string compares.
        pool.Sort(static (a, b) => a.BaseYear != b.BaseYear ? a.BaseYear.CompareTo(b.BaseYear) : a.Index.CompareTo(b.Index));
        var start = 0;
        while (start < pool.Count && slots > 0)
        {
            var end = start;
            while (end < pool.Count && pool[end].BaseYear == pool[start].BaseYear) end++;
            var size = end - start;
            if (size <= slots)
            {
                for (var k = start; k < end; k++) Take(ref work[pool[k].Index], whole, false, size);
                slots -= size;
            }
            else
            {
                var keyed = new (double Key, int Index)[size];
                for (var k = 0; k < size; k++)
                {
                    var c = pool[start + k];
                    var u = SamplingRandom.ForUnit(seedDigest, c.Code).NextOpenDouble();
                    keyed[k] = (DeterministicMath.Ln(u) / (c.Risk + 1), c.Index);
                }
                Array.Sort(keyed, static (a, b) => a.Key != b.Key ? b.Key.CompareTo(a.Key) : a.Index.CompareTo(b.Index));
                for (var k = 0; k < slots; k++) Take(ref work[keyed[k].Index], drawn, true, size);
                for (var k = slots; k < size; k++) work[keyed[k].Index].GroupSize = size; // lost the draw (detail says so)
                slots = 0;
            }
            start = end;
        }
        return slots;

        static void Take(ref Work w, SelectionReason reason, bool byDraw, int size)
        {
            w.Selected = true;
            w.Reason = reason;
            w.Drawn = byDraw;
            w.GroupSize = size;
        }
    }

    private static Dictionary<string, string> ReasonsByCode(IReadOnlyList<UnitReason> rows)
        => rows.GroupBy(r => r.UnitCode, Codes)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(r => r.Reason.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)), Codes);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private readonly record struct Candidate(int Index, int BaseYear, int Risk, string Code);

    private sealed record DetailContext(int Year, int RotationYears, int CooldownYears, int NeverBase, bool NoHistory);

    /// <summary>Mutable per-unit state while deciding; turned into one <see cref="UnitSelection"/> at the end.</summary>
    private struct Work
    {
        public int? Last;
        public int Risk;
        public bool Overdue, InCooldown, Selected, Drawn;
        public int GroupSize;
        public SelectionReason Reason;
        public string? MandatoryWhy, OverlapWhy;
    }
}
