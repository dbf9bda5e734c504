using Microsoft.EntityFrameworkCore.Metadata;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Turns the delete of an <see cref="ISoftDelete"/> row into an update marking it deleted (when, by whom): the row stays
/// for the record and the query filters hide it. Runs before <see cref="AuditFieldsInterceptor"/>, which then stamps the
/// row as any other modified row.
/// </summary>
internal sealed class SoftDeleteInterceptor : SaveConcernInterceptor
{
    public static readonly SoftDeleteInterceptor Instance = new();

    protected override ValueTask BeforeFirstAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
    {
        foreach (var entry in db.ChangeTracker.Entries<ISoftDelete>().Where(e => e.State == EntityState.Deleted).ToList())
        {
            entry.State = EntityState.Modified;
            entry.Property(nameof(ISoftDelete.IsDeleted)).CurrentValue = true;
            entry.Property(nameof(ISoftDelete.DeletionTime)).CurrentValue = save.Now;
            entry.Property(nameof(ISoftDelete.DeleterId)).CurrentValue = db.CurrentUser.Id;
            // Owned value objects live on the same row, which stays: EF's cascade would otherwise null their columns.
            foreach (var owned in entry.References)
                if (owned.Metadata is INavigation { ForeignKey.IsOwnership: true } && owned.TargetEntry is { State: EntityState.Deleted } part)
                    part.State = EntityState.Unchanged;
        }
        return default;
    }
}
