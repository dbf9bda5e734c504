namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Keeps the <see cref="Cases.CaseViewer"/> read model (<see cref="CaseViewerRefresh"/>): names the cases whose viewers the
/// save may change before it (after soft deletes are applied: a deleted case loses its viewers), and rewrites their rows
/// after EF wrote the save, in the same transaction, so the save and the rewrite commit or roll back together.
/// </summary>
internal sealed class CaseViewerInterceptor : SaveConcernInterceptor
{
    public static readonly CaseViewerInterceptor Instance = new();

    protected override async ValueTask BeforeFirstAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
        => save.ViewersOf = await CaseViewerRefresh.TouchedCasesAsync(db, ct);

    protected override async ValueTask BeforeEachAttemptAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
    {
        if (save.ViewersOf.Count > 0) await save.EnsureTransactionAsync(ct);
    }

    protected override async ValueTask AfterWriteAsync(InspectionSuiteDbContext db, SaveOperation save, CancellationToken ct)
        => await CaseViewerRefresh.RewriteAsync(db, save.ViewersOf, ct);
}
