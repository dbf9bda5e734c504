using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>
/// The real app over SQLite with a settable clock and the workflow runtime (approval creates real planned cases);
/// helpers to run the plan service as a demo user.
/// </summary>
public class PlanningFixture : WorkflowAppFixture
{
    public SettableTime Time { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Time);
        base.ConfigureServices(services);
    }

    public Task<T> As<T>(string user, Func<IAnnualPlanAppService, Task<T>> work)
        => RunAsAsync(user, sp => work(sp.GetRequiredService<IAnnualPlanAppService>()));

    public Task<T> Supervisor<T>(Func<IAnnualPlanAppService, Task<T>> work) => As("supervisor", work);

    public Task<AnnualPlanDto> CreateAsync(AuthorityCode authority, int year) => Supervisor(s => s.CreateAsync(new CreateAnnualPlanDto(authority, year)));

    public Task<AnnualPlanDto> DrawAsync(AnnualPlanDto plan, string seed) => Supervisor(s => s.DrawAsync(plan.Id, new DrawPlanDto(seed, plan.ConcurrencyStamp)));

    public Task<AnnualPlanDto> ApproveAsync(AnnualPlanDto plan) => Supervisor(s => s.ApproveAsync(plan.Id, new PlanCommandDto(plan.ConcurrencyStamp)));

    public async Task<AnnualPlanDto> ApprovedPlanAsync(AuthorityCode authority, int year, string seed)
        => await ApproveAsync(await DrawAsync(await CreateAsync(authority, year), seed));

    public Task<AnnualPlanDto> GetAsync(Guid id) => Supervisor(s => s.GetAsync(id));

    /// <summary>The first <paramref name="count"/> register codes (ordinal), the inspectorate itself left out.</summary>
    public Task<List<string>> UnitCodesAsync(int count) => RunAsAsync("admin", sp =>
    {
        var units = sp.GetRequiredService<IRepository<Unit>>();
        return units.ToListAsync(units.Query().Where(u => u.Code != AuthorityUnits.ThanhTraUnitCode).OrderBy(u => u.Code).Select(u => u.Code).Take(count));
    });

    /// <summary>Adds one inspection to Thanh tra tỉnh's list (issue 14) with the plan's current stamp.</summary>
    public async Task<PlanItemDto> AddListItemAsync(Guid planId, string unitCode, PlanItemOrigin origin = PlanItemOrigin.Planned, int? month = null, int? quarter = null,
        string subject = "Thanh tra việc chấp hành pháp luật về quản lý tài chính", string basis = "Định hướng chương trình thanh tra năm của Thanh tra Chính phủ")
    {
        var plan = await GetAsync(planId);
        return await Supervisor(s => s.AddListItemAsync(planId, new AddPlanListItemDto(unitCode, subject, basis, origin, month, quarter, plan.ConcurrencyStamp)));
    }

    /// <summary>Thanh tra tỉnh's draft plan of <paramref name="year"/> listing <paramref name="count"/> planned inspections, one per register unit.</summary>
    public async Task<AnnualPlanDto> ListPlanAsync(int year, int count)
    {
        var plan = await CreateAsync(AuthorityCode.ThanhTra, year);
        foreach (var code in await UnitCodesAsync(count)) await AddListItemAsync(plan.Id, code);
        return await GetAsync(plan.Id);
    }

    public async Task<AnnualPlanDto> ApprovedListPlanAsync(int year, int count) => await ApproveAsync(await ListPlanAsync(year, count));

    public async Task<List<PlanItemDto>> ItemsAsync(Guid id, GetPlanItemListInput? input = null)
        => (await Supervisor(s => s.GetItemsAsync(id, input ?? new GetPlanItemListInput { MaxResultCount = PagedAndSortedInput.MaxPageSize }))).Items.ToList();
}
