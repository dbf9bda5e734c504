namespace InspectionSuite.Organization;

/// <summary>One valid row of a unit register file.</summary>
public sealed record UnitCsvRow(
    int Line,
    string Code,
    string Name,
    UnitKind Kind,
    DateOnly? ValidFrom,
    DateOnly? ValidTo,
    IReadOnlyList<string> Predecessors);
