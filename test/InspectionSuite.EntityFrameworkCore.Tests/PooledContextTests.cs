using Microsoft.EntityFrameworkCore;
using InspectionSuite.Auditing;
using Microsoft.Extensions.Configuration;
using InspectionSuite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

public sealed class PooledContextTests
{
    [Fact]
    public async Task Should_hand_a_reused_context_to_the_next_scope_with_its_own_user_and_no_audit_state_of_the_last()
    {
        var f = new AppFixture();
        await f.InitializeAsync();
        try
        {
            InspectionSuiteDbContext? first = null;
            await f.RunAsAsync("admin", sp =>
            {
                first = sp.GetRequiredService<InspectionSuiteDbContext>();
                first.CurrentUser.UserName.ShouldBe("admin");
                first.AuditCorrelationId = "request-1";
                first.AuditClientIp = "10.0.0.1";
                first.SuppressEntityChangeAudit = true;
                first.AppendAudit(new AuditLogRecord(DateTime.UtcNow, AuditRecordKind.EntityChange, null, "admin", "Test.Left", null, null, null, null, null, null));
                return Task.FromResult(0);
            });

            await f.RunAsAsync("supervisor", async sp =>
            {
                var next = sp.GetRequiredService<InspectionSuiteDbContext>();
                next.ShouldBeSameAs(first); // the pool gave the same instance back
                next.CurrentUser.UserName.ShouldBe("supervisor");
                next.AuditCorrelationId.ShouldBeNull();
                next.AuditClientIp.ShouldBeNull();
                next.SuppressEntityChangeAudit.ShouldBeFalse();
                // Only what this scope loaded itself (the fixture reads the signed-in user), nothing of the last scope.
                next.ChangeTracker.Entries().ShouldAllBe(e => e.Entity is Identity.AppUser && ((Identity.AppUser)e.Entity).UserName == "supervisor");
                // A record left pending by the last scope would be written by this scope's save.
                await next.SaveChangesAsync();
                next.AuditLog.Any(r => r.Action == "Test.Left").ShouldBeFalse();
                return 0;
            });
        }
        finally { await f.DisposeAsync(); }
    }

    [Fact]
    public async Task Should_keep_at_most_its_bound_of_open_connections_after_a_burst_and_close_them_all_when_the_application_stops()
    {
        // Each kept context holds an open SQLite connection with its page cache and compiled statements: after a burst of
        // concurrent scopes the pool must not keep them all (EF's default would keep 1,024 per pool).
        var f = new AppFixture();
        await f.InitializeAsync();
        const int burst = SqliteContextPools.MaxContextsPerPool + 40;
        var scopes = Enumerable.Range(0, burst).Select(_ => f.Services.CreateAsyncScope()).ToList();
        var connections = scopes.Select(s => s.ServiceProvider.GetRequiredService<InspectionSuiteDbContext>().Database.GetDbConnection()).ToList();
        connections.Distinct().Count().ShouldBe(burst);
        connections.ShouldAllBe(c => c.State == System.Data.ConnectionState.Open);

        foreach (var scope in scopes) await scope.DisposeAsync();

        connections.Count(c => c.State == System.Data.ConnectionState.Open).ShouldBe(SqliteContextPools.MaxContextsPerPool);
        // The one given back last is handed out first (the warmest page cache and statements), still open.
        var lastKept = connections.Take(SqliteContextPools.MaxContextsPerPool).Last();
        await using (var again = f.Services.CreateAsyncScope())
        {
            var reused = again.ServiceProvider.GetRequiredService<InspectionSuiteDbContext>().Database.GetDbConnection();
            reused.ShouldBeSameAs(lastKept);
            reused.State.ShouldBe(System.Data.ConnectionState.Open);
        }

        await f.DisposeAsync();
        connections.ShouldAllBe(c => c.State != System.Data.ConnectionState.Open);
    }

    [Fact]
    public void Should_register_the_pooled_context_under_one_service_type_so_a_scope_returns_it_to_the_pool_once()
    {
        // A second scoped registration of the same instance (forwarding to it) makes the scope dispose it twice; the
        // second dispose returns a context another scope may already have rented.
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = "Data Source=unused.db" }).Build();
        services.AddInspectionSuiteDatabase(configuration, Path.GetTempPath());

        // Ours is the InspectionSuiteDbContext one; the provider type is not registered at all (its contexts come from
        // SqliteContextPools).
        services.Count(d => d.ServiceType == typeof(InspectionSuiteDbContext)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(SqliteInspectionSuiteDbContext)).ShouldBe(0);
    }
}
