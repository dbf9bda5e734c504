using Microsoft.EntityFrameworkCore.Storage;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// One call of <see cref="InspectionSuiteDbContext.SaveChangesAsync(bool, CancellationToken)"/> as the save interceptors see
/// it: the clock reading every concern stamps, which attempt this is, what one concern hands to a later hook, and the
/// transaction the pipeline opened because the caller had none.
/// </summary>
internal sealed class SaveOperation(InspectionSuiteDbContext context, DateTime now, IReadOnlyList<Func<CancellationToken, Task>> firstWrites)
{
    private bool firstWritesDone;
    private bool savepointsDisabled;

    /// <summary>Read once per save: the audit fields, the deletion time and the audit records of one save agree.</summary>
    public DateTime Now { get; } = now;

    public int Attempt { get; private set; }
    public bool IsFirstAttempt => Attempt == 1;

    /// <summary>The cases whose viewer rows this save may change (named before the save, rewritten after it).</summary>
    public IReadOnlyCollection<Guid> ViewersOf { get; set; } = [];

    /// <summary>Writes handed to this save to run first in its transaction (<see cref="Workflows.Persistence.ISaveOpensTransaction"/>).</summary>
    public bool HasFirstWrites => firstWrites.Count > 0;

    /// <summary>The transaction of this attempt when the pipeline opened it; null when the caller's transaction is used (or none is needed).</summary>
    public IDbContextTransaction? OwnedTransaction { get; private set; }

    /// <summary>
    /// Opens a transaction for this attempt unless one is open (the caller's or another concern's), then runs the writes
    /// handed to the save first (once per attempt). On SQLite this is BEGIN IMMEDIATE: the write lock is held from here to
    /// the commit, so the concerns call it as late as they can, once the save is prepared.
    /// </summary>
    /// <remarks>
    /// In a transaction of its own EF would also set a savepoint around its writes, to undo them alone if they fail; a failed
    /// attempt here rolls the whole transaction back, so the pipeline's transactions go without (two statements less, and
    /// no statement journal, inside the write lock).
    /// </remarks>
    public async Task EnsureTransactionAsync(CancellationToken ct)
    {
        if (context.Database.CurrentTransaction is null)
        {
            OwnedTransaction = await context.Database.BeginTransactionAsync(ct);
            if (context.Database.AutoSavepointsEnabled)
            {
                context.Database.AutoSavepointsEnabled = false;
                savepointsDisabled = true;
            }
        }
        if (firstWritesDone) return;
        firstWritesDone = true;
        foreach (var write in firstWrites) await write(ct);
    }

    public void BeginAttempt()
    {
        Attempt++;
        firstWritesDone = false;
    }

    /// <summary>Ends the attempt: an owned transaction not committed by now is rolled back (disposing does that).</summary>
    public async ValueTask EndAttemptAsync()
    {
        if (savepointsDisabled)
        {
            context.Database.AutoSavepointsEnabled = true;
            savepointsDisabled = false;
        }
        if (OwnedTransaction is not { } transaction) return;
        OwnedTransaction = null;
        await transaction.DisposeAsync();
    }
}
