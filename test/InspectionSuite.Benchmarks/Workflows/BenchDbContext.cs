using InspectionSuite.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InspectionSuite.Benchmarks.Workflows;

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ConfigureWorkflowRuntime();
}
