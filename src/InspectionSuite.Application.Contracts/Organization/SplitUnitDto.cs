namespace InspectionSuite.Organization;

/// <summary>One unit splits into several existing successor units from <see cref="Effective"/>.</summary>
public sealed record SplitUnitDto(Guid PredecessorId, IReadOnlyList<Guid> SuccessorIds, DateOnly Effective);
