namespace InspectionSuite.Entities;

/// <summary>Rows hidden by a global query filter instead of being deleted; admins can bypass the filter.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }
    DateTime? DeletionTime { get; }
    Guid? DeleterId { get; }
}
