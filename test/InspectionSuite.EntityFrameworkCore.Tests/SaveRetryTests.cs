using InspectionSuite.Auditing;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>
/// SaveChanges retries only what another attempt can cure (SQLite busy/locked); a constraint violation is refused at the
/// first attempt, a unique key taken by someone else as a conflict (409), instead of ten delayed retries and a 500.
/// </summary>
public sealed class SaveRetryTests : IAsyncLifetime
{
    private readonly AppFixture fixture = new();
    public Task InitializeAsync() => fixture.InitializeAsync();
    public Task DisposeAsync() => fixture.DisposeAsync();

    /// <summary>Counts the attempts of the context's save loop (each one calls EF's SaveChanges once).</summary>
    private sealed class AttemptCounter : SaveChangesInterceptor
    {
        public int Attempts;
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
        {
            Interlocked.Increment(ref Attempts);
            return ValueTask.FromResult(result);
        }
    }

    private InspectionSuiteDbContext NewContext(AttemptCounter counter)
        => new SqliteInspectionSuiteDbContext(new DbContextOptionsBuilder<SqliteInspectionSuiteDbContext>()
                .UseSqlite(fixture.ConnectionString).AddSavePipeline().AddInterceptors(counter).Options)
            .BeginScope(new TestCurrentUser { UserName = "test" }, TimeProvider.System, AuditChainKey.NewRandom());

    [Fact]
    public async Task Should_refuse_a_duplicate_unique_key_at_the_first_attempt_as_a_conflict()
    {
        var planItemId = Guid.NewGuid();
        var counter = new AttemptCounter();
        await using (var db = NewContext(counter))
        {
            var unitId = await db.Units.Select(u => u.Id).FirstAsync();
            db.Cases.Add(new InspectionCase(Guid.NewGuid(), CaseKind.Check, AuthorityCode.NoiVu, unitId, "Kiểm tra theo kế hoạch", null, null, null, null, planItemId));
            await db.SaveChangesAsync();
        }
        counter.Attempts.ShouldBe(1);

        var second = new AttemptCounter();
        await using (var db = NewContext(second))
        {
            var unitId = await db.Units.Select(u => u.Id).FirstAsync();
            db.Cases.Add(new InspectionCase(Guid.NewGuid(), CaseKind.Check, AuthorityCode.NoiVu, unitId, "Kiểm tra theo kế hoạch (lần hai)", null, null, null, null, planItemId));
            await Should.ThrowAsync<ConcurrencyConflictException>(() => db.SaveChangesAsync());
        }
        second.Attempts.ShouldBe(1); // the audit chain made the save "own" its transaction: the path that used to retry ten times

        await using var check = NewContext(new AttemptCounter());
        (await check.Cases.IgnoreQueryFilters().CountAsync(c => c.PlanItemId == planItemId)).ShouldBe(1);
    }

    [Theory]
    [InlineData(5, 5, true)]      // SQLITE_BUSY
    [InlineData(6, 6, true)]      // SQLITE_LOCKED
    [InlineData(19, 2067, false)] // SQLITE_CONSTRAINT_UNIQUE
    [InlineData(19, 1555, false)] // SQLITE_CONSTRAINT_PRIMARYKEY
    [InlineData(19, 787, false)]  // SQLITE_CONSTRAINT_FOREIGNKEY
    [InlineData(19, 1299, false)] // SQLITE_CONSTRAINT_NOTNULL
    public async Task Should_retry_only_sqlite_busy_or_locked(int code, int extended, bool transient)
    {
        await using var db = NewContext(new AttemptCounter());
        var error = new DbUpdateException("save failed", new SqliteException("failed", code, extended));
        SaveFailures.IsTransient(error, db).ShouldBe(transient);
        SaveFailures.IsUniqueViolation(error).ShouldBe(extended is 2067 or 1555);
    }
}
