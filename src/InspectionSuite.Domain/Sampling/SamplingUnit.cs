namespace InspectionSuite.Sampling;

/// <summary>A unit of the register as the sampling engine sees it. Codes are unique (compared ordinal, ignoring case).</summary>
/// <param name="Predecessors">Codes of the units merged into this one; their completed checks pass to it (see docs/sampling.md).</param>
public sealed record SamplingUnit(
    string Code,
    UnitKind Kind,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null,
    IReadOnlyList<string>? Predecessors = null);
