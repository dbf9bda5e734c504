namespace InspectionSuite.Entities;

/// <summary>Optimistic concurrency: the stamp changes on every save; a stale stamp makes the save fail with a conflict.</summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; }
}
