namespace InspectionSuite.Entities;

/// <summary>Base of every persisted entity.</summary>
public abstract class Entity<TKey> where TKey : notnull
{
    public TKey Id { get; protected set; } = default!;
}
