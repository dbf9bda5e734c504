namespace InspectionSuite.Workflows.Services;

/// <summary>The caller's scoped DbContext, so workflow rows and the caller's changes share one SaveChanges.</summary>
public sealed class WorkflowDbContextAccessor(DbContext context)
{
    public DbContext Context { get; } = context;
}
