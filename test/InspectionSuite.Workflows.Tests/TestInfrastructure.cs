using System.Collections.Concurrent;
using InspectionSuite.Workflows.Contracts;
using InspectionSuite.Workflows.Persistence;
using InspectionSuite.Workflows.Services;
using InspectionSuite.Workflows.Timers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InspectionSuite.Workflows.Tests;

/// <summary>The application's DbContext stand-in: the runtime's tables plus one domain table.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ConfigureWorkflowRuntime();
        modelBuilder.Entity<CaseNote>(b =>
        {
            b.HasKey(x => x.Id);
            b.Property(x => x.CaseId).HasMaxLength(128);
            b.Property(x => x.Text).HasMaxLength(256);
        });
    }
}

/// <summary>A domain row the caller (or an action) writes in the same DbContext as a workflow step.</summary>
public sealed class CaseNote
{
    public Guid Id { get; set; }
    public string CaseId { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>Shared switches and counters, one instance for all hosts of a test.</summary>
public sealed class Probe
{
    public volatile bool FailFlaky;
    public int Escalations;
    /// <summary>"Phase State" of every <see cref="TracePhase"/> run, in order.</summary>
    public ConcurrentQueue<string> Trace { get; } = new();
}

public sealed class RecordingNotifier : IWorkflowNotifier
{
    public ConcurrentBag<OverdueNotice> Notices { get; } = [];
    public ValueTask NotifyOverdueAsync(OverdueNotice notice, CancellationToken ct)
    {
        Notices.Add(notice);
        return ValueTask.CompletedTask;
    }
}

public static class TestErrorCodes
{
    public const string ResultsReportMissing = "Test:000001";
}

[WorkflowGuard("ResultsReportAttached")]
public sealed class ResultsReportAttached(TestDbContext db) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
        => await db.Set<CaseNote>().AnyAsync(n => n.CaseId == context.CorrelationId && n.Text == "results-report", ct)
            ? GuardResult.Pass
            : GuardResult.Fail(TestErrorCodes.ResultsReportMissing);
}

[WorkflowAction("RecordNote")]
public sealed class RecordNote(TestDbContext db) : IWorkflowAction
{
    public ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = context.CorrelationId, Text = $"entered {context.State}" });
        return ValueTask.CompletedTask;
    }
}

[WorkflowAction("Flaky")]
public sealed class Flaky(Probe probe, TestDbContext db) : IWorkflowAction
{
    public ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        db.Add(new CaseNote { Id = Guid.NewGuid(), CaseId = context.CorrelationId, Text = "flaky ran" });
        if (probe.FailFlaky) throw new InvalidOperationException("document service unavailable");
        return ValueTask.CompletedTask;
    }
}

[WorkflowAction("TracePhase")]
public sealed class TracePhase(Probe probe) : IWorkflowAction
{
    public ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        probe.Trace.Enqueue($"{context.Phase} {context.State}");
        return ValueTask.CompletedTask;
    }
}

[WorkflowAction("FlagReportOverdue")]
public sealed class FlagReportOverdue(Probe probe) : IWorkflowAction
{
    public ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        context.Variables["reportOverdue"] = true;
        Interlocked.Increment(ref probe.Escalations);
        return ValueTask.CompletedTask;
    }
}

public static class Actors
{
    public static readonly WorkflowActor Supervisor = new("u-sup", "Nguyễn Văn Giám Sát", ["Supervisor"], ["Cases.Decide", "Cases.Run", "Cases.Cancel", "Workflows.Tasks.Reassign"]);
    public static readonly WorkflowActor TeamLeader = new("u-lead", "Trần Thị Trưởng Đoàn", ["TeamLeader"], ["Cases.Run"]);
    public static readonly WorkflowActor Member = new("u-lan", "Lê Thị Lan", ["TeamMember"], []);
    public static readonly WorkflowActor Outsider = new("u-out", "Người ngoài", [], []);
}

/// <summary>The runtime's services of one scope, as the application gets them from DI.</summary>
public sealed record WorkflowServices(IWorkflowRuntime Runtime, IHumanTaskService Tasks, IWorkflowInbox Inbox, IWorkflowAlterationService Alterations, IWorkflowInstanceQueries Queries)
{
    public static WorkflowServices From(IServiceProvider sp) => new(
        sp.GetRequiredService<IWorkflowRuntime>(), sp.GetRequiredService<IHumanTaskService>(), sp.GetRequiredService<IWorkflowInbox>(),
        sp.GetRequiredService<IWorkflowAlterationService>(), sp.GetRequiredService<IWorkflowInstanceQueries>());
}

/// <summary>One runtime "app instance": its own service provider (and so its own DbContexts) over a shared SQLite file.</summary>
public sealed class TestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 8, 28, 2, 0, 0, TimeSpan.Zero); // Friday 09:00 in Vietnam
    public static string DefinitionsDir => Path.Combine(AppContext.BaseDirectory, "Definitions");

    public ServiceProvider Services { get; }

    public TestHost(string dbPath, FakeTimeProvider time, Probe probe, RecordingNotifier notifier, string hostId = "host-1", Action<WorkflowRuntimeOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(probe);
        services.AddSingleton<IWorkflowNotifier>(notifier);
        services.AddDbContext<TestDbContext>(o => o.UseSqlite($"Data Source={dbPath};Default Timeout=30"));
        services.AddWorkflowRuntime<TestDbContext>(o =>
        {
            o.AddComponentsFrom(typeof(TestHost).Assembly);
            o.DefinitionsDirectory = DefinitionsDir;
            o.HostId = hostId;
            o.Holidays.AddRange([new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9), new DateOnly(2027, 2, 10), new DateOnly(2027, 2, 11)]);
            configure?.Invoke(o);
        });
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public async Task<T> Run<T>(Func<WorkflowServices, TestDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(WorkflowServices.From(scope.ServiceProvider), scope.ServiceProvider.GetRequiredService<TestDbContext>());
    }

    public Task Run(Func<WorkflowServices, TestDbContext, Task> work) => Run<bool>(async (r, db) => { await work(r, db); return true; });

    public async Task<T> Definitions<T>(Func<WorkflowDefinitionService, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>());
    }

    public Task<int> RunDueTimersAsync() => Services.GetRequiredService<WorkflowTimerService>().RunDueTimersAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

/// <summary>A fresh SQLite file with the schema and the test definitions published; hosts are added per test.</summary>
public sealed class WorkflowFixture : IAsyncLifetime
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "wf-tests-" + Guid.NewGuid().ToString("N"));
    private readonly List<TestHost> _hosts = [];

    public string DbPath => Path.Combine(_dir, "workflows.db");
    public FakeTimeProvider Time { get; } = new(TestHost.Start);
    public Probe Probe { get; } = new();
    public RecordingNotifier Notifier { get; } = new();
    public TestHost Host { get; private set; } = null!;

    public TestHost NewHost(string hostId, Action<WorkflowRuntimeOptions>? configure = null)
    {
        var host = new TestHost(DbPath, Time, Probe, Notifier, hostId, configure);
        _hosts.Add(host);
        return host;
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        Host = NewHost("host-1");
        await Host.Run(async (_, db) => await db.Database.EnsureCreatedAsync());
        await Host.Definitions(d => d.ImportDirectoryAsync());
    }

    public async Task DisposeAsync()
    {
        foreach (var h in _hosts) await h.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    public Task<WorkflowInstanceInfo> StartCase(string caseId, TestHost? host = null)
        => (host ?? Host).Run((r, _) => r.Runtime.StartAsync("test.case", caseId, Actors.Supervisor, """{"subject":"CCHC 2026"}"""));

    public Task<WorkflowInstanceInfo> Reload(Guid id, TestHost? host = null) => (host ?? Host).Run((r, _) => r.Queries.GetInstanceAsync(id));

    public async Task<WorkflowInstanceInfo> Fire(Guid id, string trigger, WorkflowActor? actor = null, string? payload = null, TestHost? host = null)
    {
        var current = await Reload(id, host);
        await (host ?? Host).Run((r, _) => r.Runtime.FireAsync(id, trigger, actor ?? Actors.Supervisor, payload, current.Version));
        return await Reload(id, host);
    }

    /// <summary>An instance in Reporting (entered at the fixture's current time).</summary>
    public async Task<WorkflowInstanceInfo> CaseInReporting(string caseId, TestHost? host = null)
    {
        var i = await StartCase(caseId, host);
        await Fire(i.Id, "Decide", host: host);
        await Fire(i.Id, "Announce", host: host);
        return await Fire(i.Id, "EndOnSite", host: host);
    }
}
