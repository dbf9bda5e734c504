namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Fills <see cref="IAuditedObject"/>'s creation and modification fields from the scope's user and the save's clock, and
/// renews <see cref="IHasConcurrencyStamp"/> on every change (a caller holding the old stamp then gets a conflict).
/// </summary>
internal sealed class AuditFieldsInterceptor : SaveConcernInterceptor
{
    public static readonly AuditFieldsInterceptor Instance = new();

    protected override ValueTask BeforeFirstAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity is IAuditedObject)
                    {
                        SetIfDefault(entry, nameof(IAuditedObject.CreationTime), save.Now);
                        SetIfNull(entry, nameof(IAuditedObject.CreatorId), db.CurrentUser.Id);
                    }
                    if (entry.Entity is IHasConcurrencyStamp) entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).CurrentValue ??= NewStamp();
                    break;
                case EntityState.Modified:
                    if (entry.Entity is IAuditedObject)
                    {
                        entry.Property(nameof(IAuditedObject.LastModificationTime)).CurrentValue = save.Now;
                        entry.Property(nameof(IAuditedObject.LastModifierId)).CurrentValue = db.CurrentUser.Id;
                    }
                    if (entry.Entity is IHasConcurrencyStamp)
                        entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).CurrentValue = NewStamp();
                    break;
            }
        }
        return default;
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static void SetIfDefault(EntityEntry entry, string property, DateTime value)
    {
        var p = entry.Property(property);
        if (p.CurrentValue is DateTime d && d == default) p.CurrentValue = value;
    }

    private static void SetIfNull(EntityEntry entry, string property, Guid? value)
    {
        var p = entry.Property(property);
        if (p.CurrentValue is null) p.CurrentValue = value;
    }
}
