namespace InspectionSuite.Entities;

/// <summary>
/// Aggregate root with audit fields, soft delete and a concurrency stamp. Setters are internal to the
/// persistence pipeline (<c>AuditFieldsSetter</c>), so domain code cannot forge them.
/// </summary>
public abstract class AuditedAggregateRoot<TKey> : Entity<TKey>, IAuditedObject, ISoftDelete, IHasConcurrencyStamp
    where TKey : notnull
{
    public DateTime CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
    public DateTime? LastModificationTime { get; set; }
    public Guid? LastModifierId { get; set; }
    public bool IsDeleted { get; set; }
    public DateTime? DeletionTime { get; set; }
    public Guid? DeleterId { get; set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
