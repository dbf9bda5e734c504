namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Opens the attempt's transaction for writes handed to the save (<see cref="Workflows.Persistence.ISaveOpensTransaction"/>:
/// a fired trigger's instance and journal rows) once the concerns before it have prepared the save, and runs them first in
/// it (<see cref="SaveOperation.EnsureTransactionAsync"/>). The audit chain's end is read after them, in the same transaction.
/// </summary>
internal sealed class FirstWritesInterceptor : SaveConcernInterceptor
{
    public static readonly FirstWritesInterceptor Instance = new();

    protected override async ValueTask BeforeEachAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
    {
        if (save.HasFirstWrites) await save.EnsureTransactionAsync(ct);
    }
}
