using InspectionSuite.Workflows.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace InspectionSuite.Workflows.Tests;

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
