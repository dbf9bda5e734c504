namespace InspectionSuite.Entities;

/// <summary>Base of every persisted entity.</summary>
public abstract class Entity<TKey> where TKey : notnull
{
    public TKey Id { get; protected set; } = default!;
}

/// <summary>Rows hidden by a global query filter instead of being deleted; admins can bypass the filter.</summary>
public interface ISoftDelete
{
    bool IsDeleted { get; }
    DateTime? DeletionTime { get; }
    Guid? DeleterId { get; }
}

/// <summary>Optimistic concurrency: the stamp changes on every save; a stale stamp makes the save fail with a conflict.</summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; }
}

/// <summary>Creation and modification audit fields, filled from the current user on save.</summary>
public interface IAuditedObject
{
    DateTime CreationTime { get; }
    Guid? CreatorId { get; }
    DateTime? LastModificationTime { get; }
    Guid? LastModifierId { get; }
}

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
