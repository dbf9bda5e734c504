using InspectionSuite.Testing;
using InspectionSuite.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.EntityFrameworkCore.Tests;

/// <summary>The app over SQLite with the workflow runtime (no definitions, no timer host) and <see cref="TaskStatementProbe"/> on its contexts.</summary>
public sealed class OverdueSweepFixture : AppFixture
{
    public TaskStatementProbe Probe { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddInspectionSuiteWorkflows(o => o.RunTimerHost = false);
        services.ConfigureDbContext<SqliteInspectionSuiteDbContext>((_, o) => o.AddInterceptors(Probe));
    }

    /// <summary>An instance of a definition that does not exist (nothing here runs it), not yet saved.</summary>
    public static WorkflowInstance NewInstance()
    {
        var now = DateTime.UtcNow;
        return new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = "test.case", DefinitionVersion = 1, CorrelationId = Guid.NewGuid().ToString(), State = "OnSite",
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
    }

    /// <summary>An inspector's task of the instance, due then, not yet saved.</summary>
    public static WorkflowHumanTask NewTask(WorkflowInstance instance, DateTime due, string? userId = null, string status = HumanTaskStatus.Open) => new()
    {
        Id = Guid.NewGuid(), InstanceId = instance.Id, CorrelationId = instance.CorrelationId, Name = "WriteReport", State = "OnSite",
        AssigneeRole = "Inspector", AssigneeUserId = userId, Status = status, DueAtUtc = due, CreatedAtUtc = DateTime.UtcNow,
    };

    public Task SaveAsync(params object[] entities) => RunAsAsync("admin", async sp =>
    {
        var db = sp.GetRequiredService<InspectionSuiteDbContext>();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    });
}
