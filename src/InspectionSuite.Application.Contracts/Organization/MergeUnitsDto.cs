namespace InspectionSuite.Organization;

/// <summary>Several units merge into <see cref="SuccessorId"/> (which may be one of them continuing) from <see cref="Effective"/>.</summary>
public sealed record MergeUnitsDto(IReadOnlyList<Guid> PredecessorIds, Guid SuccessorId, DateOnly Effective);
