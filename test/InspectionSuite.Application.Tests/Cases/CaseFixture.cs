using InspectionSuite.Cases;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Organization;
using InspectionSuite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// The real service graph over a real SQLite file, with the workflow runtime, the repository's workflow definitions,
/// a fake clock (Monday 1 June 2026, 09:00 in Vietnam) and a temp evidence directory with a small size limit.
/// </summary>
public class CaseFixture : WorkflowAppFixture
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
    public FakeTimeProvider Clock { get; } = new(Start);
    public string EvidenceDirectory => Path.Combine(Directory, "evidence");
    public const long MaxEvidenceBytes = 4096;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime.AddHours(7));

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(new EvidenceOptions { RootDirectory = EvidenceDirectory, MaxBytes = MaxEvidenceBytes });
        base.ConfigureServices(services);
    }

    public Task<Guid> UnitIdAsync(string code)
        => RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<Unit>>();
            return await units.FirstOrDefaultAsync(units.Query().Where(u => u.Code == code).Select(u => u.Id)) ;
        });

    public Task<Guid> UserIdAsync(string userName)
        => RunAsAsync("admin", async sp => (await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Identity.AppUser>>().FindByNameAsync(userName))!.Id);

    /// <summary>A unit other than the demo representative's P01.</summary>
    public async Task<Guid> OtherUnitIdAsync()
        => await RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<Unit>>();
            return await units.FirstOrDefaultAsync(units.Query().Where(u => u.Code != "P01").OrderBy(u => u.Code).Select(u => u.Id));
        });

    public Task<T> Cases<T>(string user, Func<ICaseAppService, Task<T>> work) => RunAsAsync(user, sp => work(sp.GetRequiredService<ICaseAppService>()));
    public Task<CaseDto> Get(Guid id, string user = "supervisor") => Cases(user, s => s.GetAsync(id));

    public async Task<CaseDto> Fire(Guid id, string trigger, string user, string? reason = null)
    {
        var current = await Get(id, "admin");
        return await Cases(user, s => s.FireAsync(id, trigger, new FireTriggerDto(current.WorkflowVersion, reason)));
    }

    /// <summary>Creates a case as the supervisor with team = inspector (leader) [+ inspector2].</summary>
    public async Task<CaseDto> NewCase(CaseKind kind = CaseKind.Inspection, string unitCode = "P01", bool withDecisionAndTeam = true, bool withSecondInspector = true)
    {
        var unitId = await UnitIdAsync(unitCode);
        var authority = kind == CaseKind.Inspection ? AuthorityCode.ThanhTra : AuthorityCode.NoiVu;
        var dto = await Cases("supervisor", s => s.CreateAsync(new CreateCaseDto(kind, authority, unitId, $"Vụ việc thử {Guid.NewGuid():N}", "Năm 2026", "KH 534", new(2026, 1, 1), new(2026, 5, 31), null)));
        return withDecisionAndTeam ? await WithDecisionAndTeam(dto, withSecondInspector) : dto;
    }

    /// <summary>A signer who holds the issuing body's head position, with a name (documents refuse any other).</summary>
    public static string DecisionSigner(AuthorityCode authority)
        => authority == AuthorityCode.ThanhTra ? "Chánh Thanh tra - Nguyễn Văn Chánh" : "Giám đốc Sở - Trần Thị Giám";

    /// <summary>Records the decision and appoints the team (inspector leads [+ inspector2]) on a Planned case, e.g. one a plan's approval created.</summary>
    public async Task<CaseDto> WithDecisionAndTeam(CaseDto dto, bool withSecondInspector = true)
    {
        dto = await Cases("supervisor", s => s.RecordDecisionAsync(dto.Id, new RecordDecisionDto("01/QĐ-TTr", Today, DecisionSigner(dto.Authority), dto.ConcurrencyStamp)));
        var leader = await UserIdAsync("inspector");
        Guid[] members = withSecondInspector ? [await UserIdAsync("inspector2")] : [];
        return await Cases("supervisor", s => s.AssignTeamAsync(dto.Id, new AssignTeamDto(leader, members, dto.ConcurrencyStamp)));
    }

    /// <summary>Drives a new case with the data each step needs up to <paramref name="state"/>.</summary>
    public async Task<CaseDto> CaseIn(string state, CaseKind kind = CaseKind.Inspection, string unitCode = "P01", bool withSecondInspector = true)
        => await DriveTo(await NewCase(kind, unitCode, withSecondInspector: withSecondInspector), state);

    /// <summary>
    /// thanh-tra.inspection v2: the Trưởng đoàn writes the kế hoạch tiến hành (unless written) and the người ra quyết định
    /// (leader, Leadership) approves it, which Announce requires.
    /// </summary>
    public async Task<CaseDto> ApproveWorkPlan(CaseDto c)
    {
        if (string.IsNullOrWhiteSpace(c.WorkPlan))
            c = await Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Kế hoạch tiến hành thanh tra.", c.ConcurrencyStamp)));
        return await Cases("leader", s => s.ApproveWorkPlanAsync(c.Id, new ApproveWorkPlanDto(null, c.ConcurrencyStamp)));
    }

    /// <summary>Drives a case that has its decision and team from Planned to <paramref name="state"/> (up to Closed, with no sanctions).</summary>
    public async Task<CaseDto> DriveTo(CaseDto c, string state)
        => c.Kind == CaseKind.Check ? await DriveCheckTo(c, state) : await DriveInspectionTo(c, state);

    /// <summary>
    /// Drives a Sở Nội vụ check (noi-vu.check v2) from Planned to <paramref name="state"/>: decision → self-assessment
    /// (recorded on the aggregate, as the unit of any test unit; tests of the app service submit it as unitrep) → visit →
    /// every criterion met, biên bản → conclusion notice → remedies (none) → Closed.
    /// </summary>
    public async Task<CaseDto> DriveCheckTo(CaseDto c, string state)
    {
        async Task<bool> Reached(string s) => (c = await Get(c.Id)).State == state;
        if (await Reached(CaseStates.Planned)) return c;
        c = await Fire(c.Id, CaseTriggers.Decide, "supervisor");
        if (await Reached(CaseStates.Decided)) return c;
        if (!(await RunAsAsync("admin", sp => sp.GetRequiredService<ICheckAppService>().GetAsync(c.Id))).IsUnannounced)
        {
            c = await Fire(c.Id, CaseTriggers.RequestSelfAssessment, "inspector");
            if (await Reached(CaseStates.SelfAssessment)) return c;
            await SubmitSelfAssessmentDirectly(c.Id);
        }
        c = await Fire(c.Id, CaseTriggers.StartOnSite, "inspector");
        if (await Reached(CaseStates.OnSite)) return c;
        var checklist = RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>().GetListAsync(c.Id));
        var stamp = c.ConcurrencyStamp;
        foreach (var item in await checklist)
            stamp = (await RunAsAsync("inspector", sp => sp.GetRequiredService<IChecklistAppService>().RecordResultAsync(c.Id, item.Id, new RecordChecklistResultDto(CheckResult.Met, "đạt", null, stamp)))).ConcurrencyStamp;
        c = await Get(c.Id);
        c = await Cases("inspector", s => s.AddMinutesAsync(c.Id, new AddMinutesDto("Biên bản kiểm tra", Today, "Nội dung biên bản.", c.ConcurrencyStamp)));
        c = await Fire(c.Id, CaseTriggers.EndOnSite, "inspector");
        if (await Reached(CaseStates.Concluding)) return c;
        c = await Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto("09/TB-SNV", Today, DecisionSigner(AuthorityCode.NoiVu), "Thông báo kết luận kiểm tra.", c.ConcurrencyStamp)));
        c = await Fire(c.Id, CaseTriggers.IssueConclusionNotice, "leader");
        if (await Reached(CaseStates.FollowUp)) return c;
        c = await Fire(c.Id, CaseTriggers.Close, "inspector");
        if (await Reached(CaseStates.Closed)) return c;
        throw new InvalidOperationException($"DriveCheckTo does not drive to {state}");
    }

    /// <summary>The unit's self-assessment with a value for every catalogue criterion, written on the aggregate.</summary>
    public Task SubmitSelfAssessmentDirectly(Guid caseId)
        => RunAsAsync("admin", async sp =>
        {
            var c = await sp.GetRequiredService<IRepository<InspectionCase>>().GetAsync(caseId);
            c.SubmitSelfAssessment(CheckCriteriaCatalogue.All.Select(k => (k.Code, (string?)"đạt", (string?)null)).ToList(), CheckCriteriaCatalogue.All.Select(k => k.Code), null, Today);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return 0;
        });

    /// <summary>
    /// Who issues an inspection's decision: from thanh-tra.inspection v4 the người ra quyết định ("leader", Cases.Decide);
    /// on v1–v3 (cases not migrated yet) the supervisor (Cases.Assign).
    /// </summary>
    public async Task<string> InspectionDecider(CaseDto c)
    {
        var instance = await RunAsAsync("admin", sp => sp.GetRequiredService<Workflows.Contracts.IWorkflowInstanceQueries>().GetInstanceAsync(c.WorkflowInstanceId!.Value));
        return instance.DefinitionVersion >= 4 ? "leader" : "supervisor";
    }

    public async Task<CaseDto> DriveInspectionTo(CaseDto c, string state)
    {
        async Task<bool> Reached(string s) => (c = await Get(c.Id)).State == state;
        if (await Reached(CaseStates.Planned)) return c;
        c = await Fire(c.Id, CaseTriggers.Decide, await InspectionDecider(c));
        if (await Reached(CaseStates.Decided)) return c;
        if (c.Kind == CaseKind.Inspection) c = await ApproveWorkPlan(c);
        c = await Cases("inspector", s => s.RecordAnnouncementAsync(c.Id, new RecordAnnouncementDto(Today, c.ConcurrencyStamp)));
        c = await Fire(c.Id, CaseTriggers.Announce, "inspector");
        if (await Reached(CaseStates.Announced)) return c;
        c = await Fire(c.Id, CaseTriggers.StartOnSite, "inspector");
        if (await Reached(CaseStates.OnSite)) return c;
        c = await Cases("inspector", s => s.SetOnSitePeriodAsync(c.Id, new SetOnSitePeriodDto(c.OnSiteStart!.Value, Today, c.ConcurrencyStamp)));
        c = await Fire(c.Id, CaseTriggers.EndOnSite, "inspector");
        if (await Reached(CaseStates.Reporting)) return c;
        c = await Cases("inspector", s => s.AttachResultsReportAsync(c.Id, new AttachResultsReportDto("05/BC-ĐTT", Today, "Báo cáo kết quả.", c.ConcurrencyStamp)));
        c = await Fire(c.Id, CaseTriggers.SubmitResultsReport, "inspector");
        if (await Reached(CaseStates.Concluding)) return c;
        c = await Cases("inspector", s => s.RecordDraftConclusionAsync(c.Id, new RecordDraftConclusionDto(Today, "Dự thảo kết luận.", c.ConcurrencyStamp)));
        c = await Cases("supervisor", s => s.RecordAppraisalAsync(c.Id, new RecordAppraisalDto(Today, "Phòng Pháp chế", "Đồng ý.", c.ConcurrencyStamp)));
        c = await Cases("leader", s => s.RecordConclusionAsync(c.Id, new RecordConclusionDto("09/KL-TTr", Today, "Chánh Thanh tra", "Kết luận.", c.ConcurrencyStamp)));
        c = await Cases("supervisor", s => s.RecordPublicationAsync(c.Id, new RecordPublicationDto("Cổng TTĐT tỉnh", Today, Today.AddDays(14), c.ConcurrencyStamp)));
        c = await Fire(c.Id, CaseTriggers.Publish, "supervisor");
        if (await Reached(CaseStates.Published)) return c;
        c = await Fire(c.Id, CaseTriggers.StartSanctioning, "inspector");
        if (await Reached(CaseStates.Sanctioning)) return c;
        c = await Fire(c.Id, CaseTriggers.StartFollowUp, "inspector");
        if (await Reached(CaseStates.FollowUp)) return c;
        c = await Fire(c.Id, CaseTriggers.Close, "inspector");
        if (await Reached(CaseStates.Closed)) return c;
        throw new InvalidOperationException($"CaseIn does not drive to {state}");
    }
}
