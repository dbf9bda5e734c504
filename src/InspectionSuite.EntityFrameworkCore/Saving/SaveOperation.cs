using Microsoft.EntityFrameworkCore.Storage;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// One call of <see cref="InspectionSuiteDbContext.SaveChangesAsync(bool, CancellationToken)"/> as the save interceptors see
/// it: the clock reading every concern stamps, which attempt this is, what one concern hands to a later hook, and the
/// transaction the pipeline opened because the caller had none.
/// </summary>
internal sealed class SaveOperation(InspectionSuiteDbContext context, DateTime now)
{
    /// <summary>Read once per save: the audit fields, the deletion time and the audit records of one save agree.</summary>
    public DateTime Now { get; } = now;

    public int Attempt { get; private set; }
    public bool IsFirstAttempt => Attempt == 1;

    /// <summary>The cases whose viewer rows this save may change (named before the save, rewritten after it).</summary>
    public IReadOnlyCollection<Guid> ViewersOf { get; set; } = [];

    /// <summary>The transaction of this attempt when the pipeline opened it; null when the caller's transaction is used (or none is needed).</summary>
    public IDbContextTransaction? OwnedTransaction { get; private set; }

    /// <summary>
    /// Opens a transaction for this attempt unless one is open (the caller's or another concern's). On SQLite this is
    /// BEGIN IMMEDIATE: the write lock is held from the first read that needs it (the chain's end) to the commit.
    /// </summary>
    public async Task EnsureTransactionAsync(CancellationToken ct)
    {
        if (context.Database.CurrentTransaction is null) OwnedTransaction = await context.Database.BeginTransactionAsync(ct);
    }

    public void BeginAttempt() => Attempt++;

    /// <summary>Ends the attempt: an owned transaction not committed by now is rolled back (disposing does that).</summary>
    public async ValueTask EndAttemptAsync()
    {
        if (OwnedTransaction is not { } transaction) return;
        OwnedTransaction = null;
        await transaction.DisposeAsync();
    }
}
