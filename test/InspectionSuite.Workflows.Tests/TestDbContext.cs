using InspectionSuite.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

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
