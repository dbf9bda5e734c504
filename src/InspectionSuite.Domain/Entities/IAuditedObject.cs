namespace InspectionSuite.Entities;

/// <summary>Creation and modification audit fields, filled from the current user on save.</summary>
public interface IAuditedObject
{
    DateTime CreationTime { get; }
    Guid? CreatorId { get; }
    DateTime? LastModificationTime { get; }
    Guid? LastModifierId { get; }
}
