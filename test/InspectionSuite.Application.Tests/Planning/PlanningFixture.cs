using Microsoft.Extensions.Configuration;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Cases;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>A clock the test sets (UTC is also the local zone, so "today" is the UTC date).</summary>
public sealed class SettableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    public void SetDate(int year, int month, int day) => Now = new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero);
}

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

/// <summary>Records the planned cases the approval asks for (replaces the cases module's factory: the last registration wins).</summary>
public sealed class RecordingCaseFactory : IPlannedCaseFactory
{
    public List<PlannedCaseRequest> Requests { get; } = [];

    public Task<Guid> CreatePlannedCaseAsync(PlannedCaseRequest request, CancellationToken ct = default)
    {
        lock (Requests) Requests.Add(request);
        return Task.FromResult(Guid.NewGuid());
    }
}

public sealed class PlanningWithCasesFixture : PlanningFixture
{
    public RecordingCaseFactory Cases { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<IPlannedCaseFactory>(Cases);
    }
}

/// <summary>The cases module's factory, failing on the <see cref="FailOn"/>-th request of the process (to prove approval rolls back).</summary>
public sealed class FailingCaseFactory(IServiceProvider services, FailingCaseFactory.Counter counter) : IPlannedCaseFactory
{
    public sealed class Counter { public int Calls; public int FailOn = int.MaxValue; }

    public Task<Guid> CreatePlannedCaseAsync(PlannedCaseRequest request, CancellationToken ct = default)
        => Interlocked.Increment(ref counter.Calls) == counter.FailOn
            ? throw new InvalidOperationException("case store unavailable")
            : ActivatorUtilities.CreateInstance<PlannedCaseFactory>(services).CreatePlannedCaseAsync(request, ct);
}

public sealed class FailingCasesPlanningFixture : PlanningFixture
{
    public FailingCaseFactory.Counter Counter { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton(Counter);
        services.AddScoped<IPlannedCaseFactory, FailingCaseFactory>();
    }
}

/// <summary>Alert date moved by configuration (option Planning:CoverageAlertFrom).</summary>
public sealed class LateAlertPlanningFixture : PlanningFixture
{
    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        // The option as an operator sets it: the configuration key Planning:CoverageAlertFrom.
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Default"] = ConnectionString,
                ["Planning:CoverageAlertFrom"] = "10-15",
            }).Build());
    }
}
