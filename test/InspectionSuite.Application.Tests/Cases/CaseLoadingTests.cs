using System.Text;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Organization;
using InspectionSuite.Permissions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using SQLitePCL;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// How the case page reads a case (issue 8): the aggregate with one query per non-empty part (<see cref="ICaseRepository.GetWithDetailsAsync"/>),
/// the workflow instance, unit and team names once per scope. The result must be what the auto-included load gives.
/// </summary>
public sealed class CaseLoadingTests(CommandCountingCaseFixture fixture) : IClassFixture<CommandCountingCaseFixture>
{
    private Task<T> As<T, TService>(string user, Func<TService, Task<T>> work) where TService : notnull
        => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<TService>()));

    /// <summary>On site: team, minutes, diary, an extension, catalogue checklist, a finding, evidence, a document request answered with a file.</summary>
    private async Task<Guid> CaseOnSiteWithRecordsAsync()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        c = await As<CaseDto, ICaseAppService>("inspector", s => s.AddMinutesAsync(c.Id, new AddMinutesDto("Biên bản làm việc", fixture.Today, "Nội dung", c.ConcurrencyStamp)));
        c = await As<CaseDto, ICaseAppService>("inspector", s => s.AddDiaryEntryAsync(c.Id, new AddDiaryEntryDto(fixture.Today, "Làm việc với đơn vị", c.ConcurrencyStamp)));
        c = await As<CaseDto, ICaseAppService>("leader", s => s.AddExtensionAsync(c.Id, new AddExtensionDto("03/QĐ-TTr", 10, "Khối lượng lớn", fixture.Today, c.ConcurrencyStamp)));
        await As<IReadOnlyList<ChecklistItemDto>, IChecklistAppService>("inspector", s => s.AddCatalogueCriteriaAsync(c.Id, new AddCatalogueCriteriaDto(c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);
        await As<FindingDto, IFindingAppService>("inspector", s => s.RecordAsync(c.Id, new RecordFindingDto(null, "Chi sai quy định", FindingSeverity.Serious, "Luật NSNN", 12_000_000m, "Kế toán", c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.4 Biên bản ký");
        await As<EvidenceFileDto, IEvidenceAppService>("inspector", s => s.UploadAsync(c.Id, new UploadEvidenceInput("bien-ban.pdf", "application/pdf", bytes.Length, new MemoryStream(bytes), fixture.Today, null, c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);
        var request = await As<DocumentRequestDto, IDocumentRequestAppService>("inspector", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto("Danh sách cuộc họp", null, fixture.Today.AddDays(5), c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);
        var list = Encoding.UTF8.GetBytes("%PDF-1.4 Danh sách 42 cuộc họp");
        await As<DocumentRequestDto, IDocumentRequestAppService>("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Gửi đoàn",
            [new FileUploadDto("danh-sach.pdf", "application/pdf", list.Length, new MemoryStream(list))], c.ConcurrencyStamp)));
        return c.Id;
    }

    /// <summary>In follow-up: two sanctions, an implementation report, a re-check with an inspector and a result.</summary>
    private async Task<Guid> CaseInFollowUpWithReCheckAsync()
    {
        var c = await fixture.CaseIn(CaseStates.Sanctioning);
        var recovery = await As<SanctionDto, ISanctionAppService>("inspector", s => s.IssueAsync(c.Id,
            new IssueSanctionDto(SanctionType.Recovery, "Kế toán đơn vị", 100_000_000m, fixture.Today.AddDays(30), "Thủ trưởng", c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);
        await As<SanctionDto, ISanctionAppService>("inspector", s => s.IssueAsync(c.Id,
            new IssueSanctionDto(SanctionType.CorrectiveRecommendation, "Văn phòng", null, fixture.Today.AddDays(30), "Chánh Văn phòng", c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");
        await As<FollowUpDto, IFollowUpAppService>("unitrep", s => s.ReportImplementationAsync(c.Id,
            new ReportImplementationDto(recovery.Id, ImplementationStatus.Done, 100_000_000m, "Đã nộp đủ", c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);
        var inspector2 = await fixture.UserIdAsync("inspector2");
        var reCheck = await As<ReCheckDto, IReCheckAppService>("supervisor", s => s.OrderAsync(c.Id,
            new OrderReCheckDto("15/QĐ-TTr", fixture.Today, "Kiểm tra lại", fixture.Today.AddDays(20), [inspector2], c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);
        await As<ReCheckDto, IReCheckAppService>("inspector2", s => s.RecordResultAsync(c.Id, reCheck.Id,
            new RecordReCheckResultDto(recovery.Id, ReCheckOutcome.NotDone, 40_000_000m, "Chỉ có 40 triệu", c.ConcurrencyStamp)));
        return c.Id;
    }

    /// <summary>Every part collection of the case, each element as JSON (nested parts included), sorted: comparable between two loads.</summary>
    private static Dictionary<string, List<string>> Parts(InspectionCase c)
        => typeof(InspectionCase).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .ToDictionary(p => p.Name, p => ((System.Collections.IEnumerable)p.GetValue(c)!).Cast<object>()
                .Select(e => JsonSerializer.Serialize(e, e.GetType())).Order(StringComparer.Ordinal).ToList());

    [Fact]
    public async Task Should_load_every_part_of_a_case_as_the_auto_included_load_does()
    {
        foreach (var id in new[] { await CaseOnSiteWithRecordsAsync(), await CaseInFollowUpWithReCheckAsync(), (await fixture.NewCase(withDecisionAndTeam: false)).Id })
        {
            var included = await fixture.RunAsAsync("supervisor", async sp =>
            {
                var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
                return Parts((await cases.FirstOrDefaultAsync(cases.Query().Where(c => c.Id == id)))!);
            });
            var loaded = await fixture.RunAsAsync("supervisor", async sp =>
            {
                return Parts((await sp.GetRequiredService<ICaseRepository>().GetWithDetailsAsync(id, CaseVisibility.Everything))!);
            });

            loaded.Keys.ShouldBe(included.Keys, ignoreOrder: true);
            foreach (var (part, rows) in included) loaded[part].ShouldBe(rows, $"{part} of case {id}");
        }
        // The cases above fill these parts (and their nested ones), so the comparison is not between empty lists.
        var rich = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            return await cases.ToListAsync(cases.Query());
        });
        rich.ShouldContain(c => c.Minutes.Count > 0 && c.Diary.Count > 0 && c.Extensions.Count > 0 && c.Checklist.Count > 0 && c.Findings.Count > 0
                                && c.Evidence.Count > 1 && c.Evidence.Any(e => e.DocumentRequestAnswerId != null));
        // The follow-up is its own aggregate (issue 19 item 5): one query loads it with its parts and their nested ones.
        var followUps = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var repository = sp.GetRequiredService<IRepository<CaseFollowUp>>();
            return await repository.ToListAsync(repository.Query());
        });
        followUps.ShouldContain(f => rich.Any(c => c.Id == f.CaseId) && f.Sanctions.Count == 2 && f.ImplementationReports.Count > 0
                                     && f.ReChecks.Any(r => r.Inspectors.Count > 0 && r.Results.Count > 0));
    }

    [Fact]
    public async Task Should_answer_not_found_for_a_case_the_query_does_not_hold()
        => (await fixture.RunAsAsync("supervisor", async sp =>
        {
            var missing = Guid.NewGuid();
            return await sp.GetRequiredService<ICaseRepository>().GetWithDetailsAsync(missing, CaseVisibility.Everything);
        })).ShouldBeNull();

    [Fact]
    public async Task Should_read_what_the_case_page_shows_in_one_query_per_source()
    {
        var c = await fixture.CaseIn(CaseStates.Decided); // parts: the team only
        var queries = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var context = sp.GetRequiredService<InspectionSuiteDbContext>();
            // Permission grants are shared between requests for a while (PermissionGrantCache): not counted here.
            await sp.GetRequiredService<IPermissionChecker>().GetGrantedAsync();
            var commands = fixture.Recorder.Watch(context);
            // What Pages/Cases/Detail reads: one call (issue 19 item 4; before, nine services read the case in turn and
            // scoped caches kept them from reading it, its unit and its team's names again).
            await sp.GetRequiredService<ICaseAppService>().GetWorkspaceAsync(c.Id);
            fixture.Recorder.Stop(context);
            return commands;
        });
        // The case and which parts it has, its team (a query of its own: joined to the case's row, the row became a subquery
        // SQLite compiled in ~4x the time on every request), the unit with the team's names (one query since issue 19: were
        // three), the instance with its variables (for the guards), the journal, the case's entries in the document register
        // (issue 16), the case's document requests with their answers (their own aggregate since issue 19 item 5: one query
        // by case id, where the case's EXISTS probe used to skip it for a case without requests): nothing read twice. Not the
        // unit's representative: the list of documents does not depend on their name (CaseDocumentListTests; was 7).
        queries.Count.ShouldBe(7, string.Join("\n---\n", queries));
        queries.ShouldContain(q => q.Contains("FROM \"Cases\" AS") && q.Contains("EXISTS") && !q.Contains("FROM ("), "the case's row read flat, with its parts' probes");
        queries.ShouldNotContain(q => q.Contains("\"AspNetUsers\"") && q.Contains("\"UnitId\" ="));
        // The register's entries are listed without their files: only a download reads the .docx.
        queries.ShouldNotContain(q => q.Contains("\"Docx\""));
    }

    [Fact]
    public async Task Should_read_the_follow_up_of_a_case_page_once_for_the_count_the_section_and_the_documents()
    {
        var id = await CaseInFollowUpWithReCheckAsync();
        var queries = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var context = sp.GetRequiredService<InspectionSuiteDbContext>();
            await sp.GetRequiredService<IPermissionChecker>().GetGrantedAsync();
            var commands = fixture.Recorder.Watch(context);
            var workspace = await sp.GetRequiredService<ICaseAppService>().GetWorkspaceAsync(id);
            fixture.Recorder.Stop(context);
            workspace.Case.SanctionCount.ShouldBe(2);
            workspace.FollowUp!.Sanctions.Count.ShouldBe(2);
            return commands;
        });
        var oneRead = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var context = sp.GetRequiredService<InspectionSuiteDbContext>();
            var commands = fixture.Recorder.Watch(context);
            (await sp.GetRequiredService<CaseFollowUpLoader>().GetAsync(id, default)).Sanctions.Count.ShouldBe(2);
            fixture.Recorder.Stop(context);
            return commands;
        });
        // The case's sanction count, its follow-up section, its documents' sanctions and the Close guard of its triggers come
        // from one read of the follow-up (before: a COUNT for the case, and the follow-up read again by the guard and the documents).
        static int FollowUpReads(List<string> commands) => commands.Count(q => q.Contains("\"CaseFollowUps\""));
        FollowUpReads(oneRead).ShouldBeGreaterThan(0);
        FollowUpReads(queries).ShouldBe(FollowUpReads(oneRead), string.Join("\n---\n", queries));
        queries.ShouldNotContain(q => q.Contains("COUNT(*)") && q.Contains("CaseSanctions"));
    }

    [Fact]
    public async Task Should_show_the_new_state_and_version_after_a_fire_in_the_same_scope()
    {
        var c = await fixture.CaseIn(CaseStates.Planned);
        var (before, fired, triggersAfter, historyAfter) = await fixture.RunAsAsync("leader", async sp =>
        {
            var cases = sp.GetRequiredService<ICaseAppService>();
            var before = await cases.GetAsync(c.Id);
            await cases.GetTriggersAsync(c.Id);
            await cases.GetDiagramAsync(c.Id);
            var fired = await cases.FireAsync(c.Id, CaseTriggers.Decide, new FireTriggerDto(before.WorkflowVersion, null));
            return (before, fired, await cases.GetTriggersAsync(c.Id), await cases.GetHistoryAsync(c.Id));
        });
        var fresh = await fixture.Get(c.Id);

        fired.State.ShouldBe(CaseStates.Decided);
        fired.WorkflowVersion.ShouldBe(before.WorkflowVersion + 1);
        fired.WorkflowVersion.ShouldBe(fresh.WorkflowVersion);
        var freshTriggers = await fixture.Cases("leader", s => s.GetTriggersAsync(c.Id));
        triggersAfter.Select(t => (t.Trigger, t.Allowed)).ShouldBe(freshTriggers.Select(t => (t.Trigger, t.Allowed)));
        triggersAfter.ShouldNotContain(t => t.Trigger == CaseTriggers.Decide);
        historyAfter.Last().To.ShouldBe(CaseStates.Decided);
    }


    [Fact]
    public async Task Should_read_a_case_s_unit_and_team_names_whether_or_not_the_unit_or_members_exist()
    {
        var unitId = await fixture.UnitIdAsync("P01");
        var (leader, member) = (await fixture.UserIdAsync("inspector"), await fixture.UserIdAsync("inspector2"));
        InspectionCase CaseOf(Guid unit, params Guid[] team)
        {
            var c = new InspectionCase(Guid.NewGuid(), CaseKind.Inspection, AuthorityCode.ThanhTra, unit, "Thanh tra công vụ", null, null, null, null, null);
            if (team.Length > 0) c.AssignTeam(team[0], team[1..]);
            return c;
        }
        var (withTeam, noTeam, goneMembers, unknownUnit) = await fixture.RunAsAsync("admin", async sp =>
        {
            var repository = sp.GetRequiredService<ICaseRepository>();
            return (await repository.GetPartiesAsync(CaseOf(unitId, leader, member)), await repository.GetPartiesAsync(CaseOf(unitId)),
                await repository.GetPartiesAsync(CaseOf(unitId, Guid.NewGuid())), await repository.GetPartiesAsync(CaseOf(Guid.NewGuid(), leader)));
        });

        withTeam.Unit!.Code.ShouldBe("P01");
        withTeam.People.Values.Select(p => p.UserName).ShouldBe(["inspector", "inspector2"], ignoreOrder: true);
        withTeam.People[leader].FullName.ShouldNotBeNullOrWhiteSpace();
        (noTeam.Unit!.Id, noTeam.People.Count).ShouldBe((unitId, 0));
        (goneMembers.Unit!.Id, goneMembers.People.Count).ShouldBe((unitId, 0)); // no member row: the unit is read on its own
        unknownUnit.Unit.ShouldBeNull();
        unknownUnit.People.Keys.ShouldBe([leader]); // no unit row: the names are read on their own
    }

    [Fact]
    public async Task Should_fire_in_one_transaction_opened_after_every_read_that_writes_the_transition_first()
    {
        var c = await fixture.CaseIn(CaseStates.Decided);
        var commands = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var context = sp.GetRequiredService<InspectionSuiteDbContext>();
            var cases = sp.GetRequiredService<ICaseAppService>();
            var version = (await cases.GetAsync(c.Id)).WorkflowVersion;
            var commands = fixture.Recorder.Watch(context);
            await cases.FireAsync(c.Id, CaseTriggers.Cancel, new FireTriggerDto(version, "Đơn vị đã giải thể"));
            fixture.Recorder.Stop(context);
            return commands;
        });

        // On SQLite the transaction holds the write lock of every writer: inside it only the transition's two rows, the audit
        // chain's end and the save's writes; what the fire reads and what the save prepares come before it (issue 19 item 7).
        commands.Count(s => s == CommandRecorder.Begin).ShouldBe(1);
        var begin = commands.IndexOf(CommandRecorder.Begin);
        var inside = commands[(begin + 1)..commands.IndexOf(CommandRecorder.Commit)];
        inside[0].ShouldStartWith("UPDATE \"WfInstances\"");
        inside[1].ShouldStartWith("INSERT INTO \"WfJournal\"");
        inside.Where(s => s.StartsWith("SELECT", StringComparison.Ordinal)).ShouldHaveSingleItem().ShouldContain("FROM \"AuditLog\"");
        inside.ShouldNotContain(CommandRecorder.Savepoint);
        inside.ShouldContain(s => s.StartsWith("UPDATE \"Cases\"", StringComparison.Ordinal));
        commands[..begin].ShouldNotContain(s => !s.StartsWith("SELECT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_run_each_fired_trigger_on_the_instance_update_and_journal_insert_its_connection_keeps_compiled()
    {
        var first = await fixture.NewCase(CaseKind.Check);
        var second = await fixture.NewCase(CaseKind.Check);
        // The scopes here run one after another, so the pool hands each the context given back last: one connection. Its
        // statements are listed only once SQLitePCL is asked to keep track of them, so it starts without any (closing drops them).
        var connection = await fixture.RunAsAsync("admin", sp =>
        {
            var db = sp.GetRequiredService<InspectionSuiteDbContext>().Database;
            db.CloseConnection();
            db.OpenConnection();
            var c = (SqliteConnection)db.GetDbConnection();
            c.Handle!.enable_sqlite3_next_stmt(true);
            return Task.FromResult(c);
        });

        await fixture.Fire(first.Id, CaseTriggers.Decide, "supervisor");
        await fixture.Fire(second.Id, CaseTriggers.Decide, "supervisor");

        var statements = new List<(string Sql, int Runs)>();
        for (var stmt = raw.sqlite3_next_stmt(connection.Handle!, null); stmt is not null && !stmt.IsInvalid; stmt = raw.sqlite3_next_stmt(connection.Handle!, stmt))
            statements.Add((raw.sqlite3_sql(stmt).utf8_to_string(), raw.sqlite3_stmt_status(stmt, 6 /* SQLITE_STMTSTATUS_RUN */, 0)));
        statements.ShouldContain(s => s.Sql.StartsWith("UPDATE \"WfInstances\"") && s.Runs == 2);
        statements.ShouldContain(s => s.Sql.StartsWith("INSERT INTO \"WfJournal\"") && s.Runs == 2);
    }
}
