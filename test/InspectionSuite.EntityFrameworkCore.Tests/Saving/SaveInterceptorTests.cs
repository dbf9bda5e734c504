using InspectionSuite.Auditing;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests.Saving;

/// <summary>
/// Each save-time concern on its own (a context with only that interceptor, on the real migrated SQLite database), and the
/// order of <see cref="SavePipeline"/> where one concern depends on another having run.
/// </summary>
/// <remarks>
/// Not in parallel with other classes: <see cref="CommittedChanges.Version"/> is process-wide, and another class's saves
/// moving it during <see cref="Should_move_the_committed_changes_version_after_a_save_and_after_a_committed_transaction"/>
/// would let that test pass without this save moving it.
/// </remarks>
[Collection(ProcessWideCounterCollection.Name)]
public sealed class SaveInterceptorTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly DateTimeOffset Created = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Changed = new(2026, 3, 9, 8, 30, 0, TimeSpan.Zero);

    private InspectionSuiteDbContext NewContext(DateTimeOffset now, Guid? userId, params IInterceptor[] interceptors)
        => new SqliteInspectionSuiteDbContext(new DbContextOptionsBuilder<SqliteInspectionSuiteDbContext>()
                .UseSqlite(fixture.ConnectionString).AddInterceptors(interceptors).Options)
            .BeginScope(new TestCurrentUser { Id = userId, UserName = "tester" }, new FakeTimeProvider(now), fixture.Services.GetRequiredService<AuditChainKey>());

    private async Task<Guid> AddCaseAsync(params IInterceptor[] interceptors)
    {
        await using var db = NewContext(Created, Guid.NewGuid(), interceptors);
        var id = Guid.NewGuid();
        db.Cases.Add(new InspectionCase(id, CaseKind.Inspection, AuthorityCode.ThanhTra, await db.Units.Select(u => u.Id).FirstAsync(), "Thanh tra công vụ", null, null, null, null, null));
        await db.SaveChangesAsync();
        return id;
    }

    [Fact]
    public async Task Should_turn_the_delete_of_a_soft_delete_row_into_marking_it_deleted_by_whom_and_when()
    {
        var id = await AddCaseAsync();
        var deleter = Guid.NewGuid();
        await using (var db = NewContext(Changed, deleter, SoftDeleteInterceptor.Instance))
        {
            db.Cases.Remove(await db.Cases.SingleAsync(c => c.Id == id));
            await db.SaveChangesAsync();
        }

        await using var check = NewContext(Changed, null);
        (await check.Cases.AnyAsync(c => c.Id == id)).ShouldBeFalse(); // hidden by the query filter
        var row = await check.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == id);
        row.IsDeleted.ShouldBeTrue();
        row.DeletionTime.ShouldBe(Changed.UtcDateTime);
        row.DeleterId.ShouldBe(deleter);
    }

    [Fact]
    public async Task Should_keep_the_case_s_owned_records_on_its_row_when_it_is_soft_deleted()
    {
        var id = await AddCaseAsync();
        await using (var db = NewContext(Changed, null))
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == id);
            @case.RecordDecision("12/QĐ-TTr", new DateOnly(2026, 3, 9), "Nguyễn Văn A"); // a complex property
            ConclusionNumber(db, @case).CurrentValue = "3/KL-TTr"; // the owned entity (recorded only in Concluding)
            await db.SaveChangesAsync();
        }
        await using (var db = NewContext(Changed, Guid.NewGuid(), SoftDeleteInterceptor.Instance))
        {
            db.Cases.Remove(await db.Cases.SingleAsync(c => c.Id == id));
            await db.SaveChangesAsync();
        }

        await using var check = NewContext(Changed, null);
        var row = await check.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == id);
        row.IsDeleted.ShouldBeTrue();
        (row.Decision.Number, row.Decision.Date, row.Decision.Signer).ShouldBe(("12/QĐ-TTr", new DateOnly(2026, 3, 9), "Nguyễn Văn A"));
        row.Conclusion.Number.ShouldBe("3/KL-TTr");
    }

    // The conclusion is the case's one owned entity (its date is indexed); the other records are complex properties.
    private static PropertyEntry ConclusionNumber(InspectionSuiteDbContext db, InspectionCase @case)
        => db.Entry(@case).Reference(c => c.Conclusion).TargetEntry!.Property(nameof(Conclusion.Number));

    [Fact]
    public async Task Should_audit_a_change_of_an_owned_record_in_its_case_s_one_record_under_the_column_names()
    {
        var id = await AddCaseAsync();
        await using (var db = NewContext(Changed, null, EntityChangeAuditInterceptor.Instance, AuditChainInterceptor.Instance))
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == id);
            @case.RecordDecision("13/QĐ-TTr", new DateOnly(2026, 3, 9), "Nguyễn Văn B");
            ConclusionNumber(db, @case).CurrentValue = "4/KL-TTr";
            await db.SaveChangesAsync();
        }

        await using var check = NewContext(Changed, null);
        var record = await check.AuditLog.SingleAsync(r => r.Target == id.ToString());
        record.Action.ShouldBe("InspectionCase.Updated");
        record.Summary!.ShouldContain("DecisionNumber: null → 13/QĐ-TTr");
        record.Summary.ShouldContain("DecisionDate: null → 09/03/2026");
        record.Summary.ShouldContain("ConclusionNumber: null → 4/KL-TTr");
        record.Summary.ShouldNotContain("InspectionCaseId");
    }

    [Fact]
    public async Task Should_delete_the_row_for_real_without_the_soft_delete_interceptor()
    {
        var id = await AddCaseAsync();
        await using (var db = NewContext(Changed, Guid.NewGuid()))
        {
            db.Cases.Remove(await db.Cases.SingleAsync(c => c.Id == id));
            await db.SaveChangesAsync();
        }
        await using var check = NewContext(Changed, null);
        (await check.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == id)).ShouldBeFalse(); // the interceptor above is what keeps it
    }

    [Fact]
    public async Task Should_fill_creation_and_modification_fields_and_renew_the_concurrency_stamp()
    {
        var creator = Guid.NewGuid();
        var modifier = Guid.NewGuid();
        var id = Guid.NewGuid();
        string firstStamp;
        await using (var db = NewContext(Created, creator, AuditFieldsInterceptor.Instance))
        {
            var @case = new InspectionCase(id, CaseKind.Check, AuthorityCode.NoiVu, await db.Units.Select(u => u.Id).FirstAsync(), "Kiểm tra CCHC", null, null, null, null, null);
            db.Cases.Add(@case);
            await db.SaveChangesAsync();
            @case.CreationTime.ShouldBe(Created.UtcDateTime);
            @case.CreatorId.ShouldBe(creator);
            @case.LastModificationTime.ShouldBeNull();
            firstStamp = @case.ConcurrencyStamp;
            firstStamp.ShouldNotBeNullOrEmpty();
        }
        await using (var db = NewContext(Changed, modifier, AuditFieldsInterceptor.Instance))
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == id);
            @case.Describe("Kiểm tra CCHC năm 2026", null, null, null, null);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext(Changed, null);
        var row = await check.Cases.SingleAsync(c => c.Id == id);
        row.CreationTime.ShouldBe(Created.UtcDateTime);
        row.CreatorId.ShouldBe(creator);
        row.LastModificationTime.ShouldBe(Changed.UtcDateTime);
        row.LastModifierId.ShouldBe(modifier);
        row.ConcurrencyStamp.ShouldNotBe(firstStamp);
    }

    [Fact]
    public async Task Should_record_each_entity_change_in_the_audit_chain_of_the_same_save_unless_suppressed()
    {
        var id = await AddCaseAsync(EntityChangeAuditInterceptor.Instance, AuditChainInterceptor.Instance);
        var suppressed = Guid.NewGuid();
        await using (var db = NewContext(Created, null, EntityChangeAuditInterceptor.Instance, AuditChainInterceptor.Instance))
        {
            db.SuppressEntityChangeAudit = true;
            db.Cases.Add(new InspectionCase(suppressed, CaseKind.Inspection, AuthorityCode.ThanhTra, await db.Units.Select(u => u.Id).FirstAsync(), "Nạp hàng loạt", null, null, null, null, null));
            await db.SaveChangesAsync();
        }

        await using var check = NewContext(Created, null);
        var record = await check.AuditLog.SingleAsync(r => r.Target == id.ToString());
        record.Kind.ShouldBe(AuditRecordKind.EntityChange);
        record.Action.ShouldBe("InspectionCase.Created");
        record.Summary!.ShouldContain("Subject: Thanh tra công vụ");
        (await check.AuditLog.AnyAsync(r => r.Target == suppressed.ToString())).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_seal_appended_records_onto_the_end_of_the_chain_so_that_it_verifies()
    {
        await using (var db = NewContext(Created, null, AuditChainInterceptor.Instance))
        {
            var before = await db.AuditLog.OrderByDescending(r => r.Sequence).Select(r => new { r.Sequence, r.Hash }).FirstAsync();
            var first = new AuditLogRecord(Created.UtcDateTime, AuditRecordKind.Command, null, "tester", "Test.First", "a", null, null, null, null, null);
            var second = new AuditLogRecord(Created.UtcDateTime, AuditRecordKind.Command, null, "tester", "Test.Second", "b", null, null, null, null, null);
            db.AppendAudit(first);
            db.AppendAudit(second);
            await db.SaveChangesAsync();
            (first.Sequence, first.PreviousHash).ShouldBe((before.Sequence + 1, before.Hash));
            (second.Sequence, second.PreviousHash).ShouldBe((before.Sequence + 2, first.Hash));
            db.PendingAuditRecords.ShouldBeEmpty();
        }

        await using var check = NewContext(Created, null);
        var verification = await AuditChainVerifier.VerifyAsync(check.AuditLog.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable(),
            await check.AuditCheckpoints.AsNoTracking().ToListAsync(), fixture.Services.GetRequiredService<AuditChainKey>());
        verification.IsIntact.ShouldBeTrue(verification.Reason);
    }

    [Fact]
    public async Task Should_rewrite_case_viewers_in_the_transaction_of_the_save()
    {
        var id = await AddCaseAsync();
        var (leader, member) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = NewContext(Changed, null, CaseViewerInterceptor.Instance))
        {
            var @case = await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == id);
            // In the caller's transaction, rolled back: the rewrite goes with it.
            await using (var rolledBack = await db.Database.BeginTransactionAsync())
            {
                @case.AssignTeam(leader, [member]);
                await db.SaveChangesAsync();
                (await db.CaseViewers.CountAsync(v => v.CaseId == id)).ShouldBe(2);
                await rolledBack.RollbackAsync();
            }
            (await db.CaseViewers.CountAsync(v => v.CaseId == id)).ShouldBe(0);
        }
        await using (var db = NewContext(Changed, null, CaseViewerInterceptor.Instance))
        {
            var @case = await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == id);
            @case.AssignTeam(leader, [member]);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext(Changed, null);
        (await check.CaseViewers.Where(v => v.CaseId == id).Select(v => v.UserId).ToListAsync()).ShouldBe([leader, member], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_detect_changes_once_per_save_and_still_write_stamp_and_audit_changes_made_through_properties_and_navigations()
    {
        var id = await AddCaseAsync();
        var (leader, member) = (Guid.NewGuid(), Guid.NewGuid());
        var modifier = Guid.NewGuid();
        await using (var db = NewContext(Changed, modifier, [.. SavePipeline.Interceptors]))
        {
            var @case = await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == id);
            // Plain property changes on an owned record and new rows reached only through a navigation: the tracker finds
            // both only by detecting changes, which the save does once (each concern's Entries() used to detect again).
            @case.RecordDecision("21/QĐ-TTr", new DateOnly(2026, 3, 9), "Lê Văn C");
            @case.AssignTeam(leader, [member]);
            var detections = 0;
            db.ChangeTracker.DetectingAllChanges += (_, _) => detections++;
            await db.SaveChangesAsync();
            detections.ShouldBe(1);
            db.ChangeTracker.AutoDetectChangesEnabled.ShouldBeTrue(); // given back after the save
        }

        await using var check = NewContext(Changed, null);
        var row = await check.Cases.Include(c => c.Team).SingleAsync(c => c.Id == id);
        (row.Decision.Number, row.LastModificationTime, row.LastModifierId).ShouldBe(("21/QĐ-TTr", Changed.UtcDateTime, modifier));
        row.Team.Select(m => m.UserId).ShouldBe([leader, member], ignoreOrder: true);
        (await check.CaseViewers.CountAsync(v => v.CaseId == id)).ShouldBe(2);
        (await check.AuditLog.SingleAsync(r => r.Target == id.ToString() && r.Action == "InspectionCase.Updated")).Summary!.ShouldContain("DecisionNumber: null → 21/QĐ-TTr");
    }

    [Fact]
    public void Should_run_the_concerns_in_the_documented_order()
        => SavePipeline.Interceptors.Select(i => i.GetType()).ShouldBe(
        [
            typeof(SoftDeleteInterceptor), typeof(AuditFieldsInterceptor), typeof(EntityChangeAuditInterceptor),
            typeof(RequestAuditInterceptor), typeof(NotificationInterceptor), typeof(CaseViewerInterceptor), typeof(FirstWritesInterceptor),
            typeof(AuditChainInterceptor), typeof(CommittedChangesInterceptor),
        ]);

    [Fact]
    public async Task Should_open_the_save_s_transaction_once_the_concerns_have_prepared_it_and_run_the_writes_handed_to_it_first()
    {
        var id = await AddCaseAsync();
        var savepoints = new SavepointCounter();
        (bool InTransaction, DateTime? Stamped, int EntityRecords, bool Chained) seen = default;
        await using (var db = NewContext(Changed, Guid.NewGuid(), [.. SavePipeline.Interceptors, savepoints]))
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == id);
            @case.RecordDecision("31/QĐ-TTr", new DateOnly(2026, 3, 9), "Nguyễn Văn A");
            db.WriteFirstInNextSave(async ct =>
            {
                // By now the audit fields are stamped and the change described, and the chain (read in the transaction) not yet joined.
                seen = (db.Database.CurrentTransaction is not null, @case.LastModificationTime,
                    db.PendingAuditRecords.Count(r => r.Kind == AuditRecordKind.EntityChange), db.PendingAuditRecords.Any(r => r.Sequence > 0));
                await db.Database.ExecuteSqlAsync($"UPDATE \"Cases\" SET \"DirectionText\" = 'viết trước' WHERE \"Id\" = {id}", ct);
            });
            await db.SaveChangesAsync();
            db.Database.AutoSavepointsEnabled.ShouldBeTrue(); // given back after the save
        }

        seen.ShouldBe((true, Changed.UtcDateTime, 1, false));
        // A failed attempt rolls the pipeline's own transaction back whole: EF's savepoint around its writes is not needed.
        savepoints.Created.ShouldBe(0);
        await using var check = NewContext(Changed, null);
        var row = await check.Cases.SingleAsync(c => c.Id == id);
        (row.DirectionText, row.Decision.Number).ShouldBe(("viết trước", "31/QĐ-TTr"));
    }

    [Fact]
    public async Task Should_roll_the_whole_save_back_when_a_write_handed_to_it_fails_and_not_run_that_write_again()
    {
        var id = await AddCaseAsync();
        var runs = 0;
        await using (var db = NewContext(Changed, Guid.NewGuid(), [.. SavePipeline.Interceptors]))
        {
            var @case = await db.Cases.SingleAsync(c => c.Id == id);
            @case.RecordDecision("32/QĐ-TTr", new DateOnly(2026, 3, 9), "Nguyễn Văn A");
            db.WriteFirstInNextSave(async ct =>
            {
                runs++;
                await db.Database.ExecuteSqlAsync($"UPDATE \"Cases\" SET \"DirectionText\" = 'viết trước' WHERE \"Id\" = {id}", ct);
                throw new ConcurrencyConflictException("WorkflowInstance");
            });
            await Should.ThrowAsync<ConcurrencyConflictException>(() => db.SaveChangesAsync());
            db.Database.CurrentTransaction.ShouldBeNull();
            await using (var meanwhile = NewContext(Changed, null))
                (await meanwhile.Cases.SingleAsync(c => c.Id == id)).Decision.Number.ShouldBeNull(); // nothing committed

            await db.SaveChangesAsync(); // the change is still tracked; the failed write was for that save only
        }

        runs.ShouldBe(1);
        await using var check = NewContext(Changed, null);
        var row = await check.Cases.SingleAsync(c => c.Id == id);
        (row.DirectionText, row.Decision.Number).ShouldBe((null, "32/QĐ-TTr"));
    }

    [Fact]
    public async Task Should_notify_once_when_a_save_that_failed_is_called_again()
    {
        // A unit with one user of its own: the decision notifies the inspected unit.
        var unitId = Guid.NewGuid();
        var userId = Guid.NewGuid();
        Guid caseId;
        await using (var db = NewContext(Created, null))
        {
            db.Units.Add(new Unit(unitId, $"RETRY-{unitId:N}"[..20], "Đơn vị thử gửi lại", UnitKind.Department));
            db.Users.Add(new Identity.AppUser { Id = userId, UserName = $"retry-{userId:N}", FullName = "Người của đơn vị", Email = "donvi@example.vn", UnitId = unitId });
            caseId = Guid.NewGuid();
            db.Cases.Add(new InspectionCase(caseId, CaseKind.Inspection, AuthorityCode.ThanhTra, unitId, "Thanh tra công vụ", null, null, null, null, null));
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext(Changed, Guid.NewGuid(), [.. SavePipeline.Interceptors]))
        {
            (await db.Cases.SingleAsync(c => c.Id == caseId)).RecordDecision("33/QĐ-TTr", new DateOnly(2026, 3, 9), "Nguyễn Văn A");
            db.WriteFirstInNextSave(_ => throw new ConcurrencyConflictException("WorkflowInstance"));
            await Should.ThrowAsync<ConcurrencyConflictException>(() => db.SaveChangesAsync());
            await db.SaveChangesAsync(); // the same changes, the notification from the first call still tracked
        }

        await using var check = NewContext(Changed, null);
        var notified = await check.Set<Notifications.Notification>().Where(n => n.CaseId == caseId).Select(n => new { n.Id, n.RecipientUserId }).ToListAsync();
        notified.Select(n => n.RecipientUserId).ShouldBe([userId]);
        (await check.Set<Notifications.EmailOutboxMessage>().CountAsync(m => m.NotificationId == notified[0].Id)).ShouldBe(1);
    }

    private sealed class SavepointCounter : DbTransactionInterceptor
    {
        public int Created { get; private set; }

        public override InterceptionResult CreatingSavepoint(System.Data.Common.DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
        {
            Created++;
            return result;
        }

        public override ValueTask<InterceptionResult> CreatingSavepointAsync(System.Data.Common.DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
            CancellationToken cancellationToken = default)
        {
            Created++;
            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task Should_move_the_committed_changes_version_after_a_save_and_after_a_committed_transaction()
    {
        var before = CommittedChanges.Version;
        await AddCaseAsync(CommittedChangesInterceptor.Instance);
        CommittedChanges.Version.ShouldBeGreaterThan(before, "a save");

        await using var db = NewContext(Changed, null, CommittedChangesInterceptor.Instance);
        await using var tx = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("UPDATE Cases SET Subject = Subject WHERE 0 = 1");
        var beforeCommit = CommittedChanges.Version;
        await tx.CommitAsync();
        CommittedChanges.Version.ShouldBeGreaterThan(beforeCommit, "a commit without a save (raw SQL in a transaction)");
    }

    private static AuditLogRecord RequestRecord(string target)
        => new(Changed.UtcDateTime, AuditRecordKind.Request, null, "tester", "POST /api/cases/{id}/triggers/{trigger}", target, null, IRequestAudit.CommittedResult, 1, "127.0.0.1", "c");

    [Fact]
    public async Task Should_write_the_request_record_with_the_first_save_that_writes_and_know_when_it_committed()
    {
        var target = Guid.NewGuid().ToString();
        await using var db = NewContext(Changed, null, RequestAuditInterceptor.Instance, AuditChainInterceptor.Instance);
        IRequestAudit request = new EfAuditLogWriter(db);
        var described = 0;
        request.RecordWithCommit(() => { described++; return RequestRecord(target); });

        await db.SaveChangesAsync(); // writes nothing: carries nothing
        request.Committed.ShouldBeFalse();
        db.Cases.Add(new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, await db.Units.Select(u => u.Id).FirstAsync(), "Thanh tra công vụ", null, null, null, null, null));
        await db.SaveChangesAsync();
        request.Committed.ShouldBeTrue();
        db.Cases.Add(new InspectionCase(Guid.NewGuid(), CaseKind.Check, AuthorityCode.NoiVu, await db.Units.Select(u => u.Id).FirstAsync(), "Kiểm tra CCHC", null, null, null, null, null));
        await db.SaveChangesAsync();

        described.ShouldBe(1);
        await using var check = NewContext(Changed, null);
        (await check.AuditLog.CountAsync(r => r.Kind == AuditRecordKind.Request && r.Target == target)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_forget_the_request_record_with_a_transaction_that_never_commits_and_write_it_with_the_next_one()
    {
        var target = Guid.NewGuid().ToString();
        await using var db = NewContext(Changed, null, RequestAuditInterceptor.Instance, AuditChainInterceptor.Instance);
        IRequestAudit request = new EfAuditLogWriter(db);
        request.RecordWithCommit(() => RequestRecord(target));
        var unitId = await db.Units.Select(u => u.Id).FirstAsync();

        await using (await db.Database.BeginTransactionAsync())
        {
            db.Cases.Add(new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, unitId, "Thanh tra công vụ", null, null, null, null, null));
            await db.SaveChangesAsync();
            request.Committed.ShouldBeFalse(); // written, not committed: the caller's transaction decides
        } // disposed without commit: rolled back
        db.ChangeTracker.Clear();
        await using (var check = NewContext(Changed, null))
            (await check.AuditLog.CountAsync(r => r.Target == target)).ShouldBe(0);

        db.Cases.Add(new InspectionCase(Guid.NewGuid(), CaseKind.Check, AuthorityCode.NoiVu, unitId, "Kiểm tra CCHC", null, null, null, null, null));
        await db.SaveChangesAsync();

        request.Committed.ShouldBeTrue();
        await using var after = NewContext(Changed, null);
        (await after.AuditLog.CountAsync(r => r.Kind == AuditRecordKind.Request && r.Target == target)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_lose_entity_changes_from_the_chain_when_the_chain_runs_before_entity_audit()
    {
        // Why the order matters: the chain seals what is pending when it runs; entity audit's records must be there by then.
        var inOrder = await AddCaseAsync([.. SavePipeline.Interceptors]);
        var reversed = await AddCaseAsync(AuditChainInterceptor.Instance, EntityChangeAuditInterceptor.Instance);

        await using var check = NewContext(Created, null);
        (await check.AuditLog.CountAsync(r => r.Target == inOrder.ToString())).ShouldBe(1);
        (await check.AuditLog.CountAsync(r => r.Target == reversed.ToString())).ShouldBe(0);
    }

    [Fact]
    public async Task Should_audit_a_soft_delete_as_one_and_drop_the_deleted_case_s_viewers_through_the_pipeline()
    {
        var id = await AddCaseAsync([.. SavePipeline.Interceptors]);
        await using (var db = NewContext(Changed, null, [.. SavePipeline.Interceptors]))
        {
            var @case = await db.Cases.Include(c => c.Team).SingleAsync(c => c.Id == id);
            @case.AssignTeam(Guid.NewGuid(), []);
            await db.SaveChangesAsync();
            (await db.CaseViewers.CountAsync(v => v.CaseId == id)).ShouldBe(1);
        }
        await using (var db = NewContext(Changed, null, [.. SavePipeline.Interceptors]))
        {
            db.Cases.Remove(await db.Cases.SingleAsync(c => c.Id == id));
            await db.SaveChangesAsync();
        }

        await using var check = NewContext(Changed, null);
        (await check.CaseViewers.CountAsync(v => v.CaseId == id)).ShouldBe(0);
        var deletion = await check.AuditLog.Where(r => r.Target == id.ToString()).OrderByDescending(r => r.Sequence).FirstAsync();
        deletion.Action.ShouldBe("InspectionCase.SoftDeleted");
        deletion.Summary!.ShouldContain("IsDeleted: False → True");
    }
}
