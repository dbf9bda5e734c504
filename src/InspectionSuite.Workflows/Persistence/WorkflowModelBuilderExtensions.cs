using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace InspectionSuite.Workflows.Persistence;

/// <summary>
/// Maps the runtime's tables (prefix "Wf") into the application's DbContext. Provider-neutral (SQLite and SQL
/// Server): UTC <see cref="DateTime"/> only, bounded strings wherever indexed, large JSON in columns that list
/// queries project away.
/// </summary>
public static class WorkflowModelBuilderExtensions
{
    public const int NameLength = 128;
    public const int StatusLength = 32;

    /// <summary>The filter of the open-task indexes; brackets quote the column for SQLite and SQL Server alike.</summary>
    private const string OpenTasksOnly = $"[Status] = '{HumanTaskStatus.Open}'";

    private static readonly ValueConverter<DateTime, DateTime> Utc =
        new(v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtc =
        new(v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
            v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    public static ModelBuilder ConfigureWorkflowRuntime(this ModelBuilder builder)
    {
        builder.Entity<WorkflowDefinitionRecord>(b =>
        {
            b.ToTable("WfDefinitions");
            b.HasKey(x => x.Id);
            b.Property(x => x.DefinitionId).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(StatusLength);
            b.Property(x => x.NameVi).HasMaxLength(512);
            b.Property(x => x.NameEn).HasMaxLength(512);
            b.Property(x => x.Json).IsRequired();
            b.HasIndex(x => new { x.DefinitionId, x.Version }).IsUnique();
        });
        builder.Entity<WorkflowInstance>(b =>
        {
            b.ToTable("WfInstances");
            b.HasKey(x => x.Id);
            b.Property(x => x.DefinitionId).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.CorrelationId).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.State).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.Status).HasMaxLength(StatusLength).IsRequired();
            b.Property(x => x.Version).IsConcurrencyToken();
            b.HasIndex(x => x.CorrelationId);
            b.HasIndex(x => new { x.DefinitionId, x.DefinitionVersion, x.State });
        });
        builder.Entity<WorkflowInstanceData>(b =>
        {
            b.ToTable("WfInstanceData");
            b.HasKey(x => x.InstanceId);
            b.Property(x => x.VariablesJson).IsRequired();
            b.HasOne<WorkflowInstance>().WithOne().HasForeignKey<WorkflowInstanceData>(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<WorkflowBookmark>(b =>
        {
            b.ToTable("WfBookmarks");
            b.HasKey(x => x.Id);
            b.Property(x => x.Kind).HasMaxLength(StatusLength).IsRequired();
            b.Property(x => x.Name).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.State).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.Status).HasMaxLength(StatusLength).IsRequired();
            b.Property(x => x.ProcessedBy).HasMaxLength(NameLength);
            b.HasIndex(x => new { x.Status, x.DueAtUtc });
            b.HasIndex(x => x.InstanceId);
            b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<WorkflowHumanTask>(b =>
        {
            b.ToTable("WfHumanTasks");
            b.HasKey(x => x.Id);
            b.Property(x => x.CorrelationId).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.Name).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.State).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.AssigneeRole).HasMaxLength(NameLength);
            b.Property(x => x.AssigneeUserId).HasMaxLength(NameLength);
            b.Property(x => x.PreviousAssigneeUserId).HasMaxLength(NameLength);
            b.Property(x => x.CompletedBy).HasMaxLength(NameLength);
            b.Property(x => x.Status).HasMaxLength(StatusLength).IsRequired();
            b.Property(x => x.SendBackReason).HasMaxLength(2000);
            b.Property(x => x.Outcome).HasMaxLength(NameLength);
            b.Property(x => x.Version).IsConcurrencyToken();
            // The inbox's two parts (own tasks, the role's pool) in the inbox's full order, so a page is read in index order
            // and stops after its rows; with DueAtUtc alone every task sharing a due time was sorted first. The columns after
            // the order are what the filter reads (the pool's "no user", the instance whose visibility is checked): a task that
            // is skipped is decided from the index alone, without reading its row.
            // Open tasks only (partial on SQLite, filtered on SQL Server): every query these serve asks for Status = 'Open' as a
            // constant, and a task leaving that status is then one entry removed instead of an entry moved to another part of
            // each index, three fewer index pages written per fired trigger (test/InspectionSuite.Benchmarks/README.md).
            b.HasIndex(x => new { x.Status, x.AssigneeUserId, x.DueAtUtc, x.CreatedAtUtc, x.Id, x.InstanceId }).HasFilter(OpenTasksOnly);
            b.HasIndex(x => new { x.Status, x.AssigneeRole, x.DueAtUtc, x.CreatedAtUtc, x.Id, x.AssigneeUserId, x.InstanceId }).HasFilter(OpenTasksOnly);
            b.HasIndex(x => new { x.InstanceId, x.Status });
            // The timer's overdue sweep (every pass): a seek to the open, unflagged tasks already due, not a walk of every open task.
            b.HasIndex(x => new { x.Status, x.IsOverdue, x.DueAtUtc }).HasFilter(OpenTasksOnly);
            b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<WorkflowJournalEntry>(b =>
        {
            b.ToTable("WfJournal");
            b.HasKey(x => x.Id);
            b.Property(x => x.Kind).HasMaxLength(StatusLength).IsRequired();
            b.Property(x => x.ActorId).HasMaxLength(NameLength).IsRequired();
            b.Property(x => x.ActorName).HasMaxLength(256);
            b.Property(x => x.FromState).HasMaxLength(NameLength);
            b.Property(x => x.ToState).HasMaxLength(NameLength);
            b.Property(x => x.Trigger).HasMaxLength(NameLength);
            b.Property(x => x.PayloadSummary).HasMaxLength(512);
            // One entry per instance version: a lost race that slipped past the token still cannot append twice.
            b.HasIndex(x => new { x.InstanceId, x.Sequence }).IsUnique();
            b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<WorkflowIncident>(b =>
        {
            b.ToTable("WfIncidents");
            b.HasKey(x => x.Id);
            b.Property(x => x.Kind).HasMaxLength(StatusLength).IsRequired();
            b.Property(x => x.Trigger).HasMaxLength(NameLength);
            b.Property(x => x.FromState).HasMaxLength(NameLength);
            b.Property(x => x.ActionName).HasMaxLength(NameLength);
            b.Property(x => x.ErrorType).HasMaxLength(512);
            b.Property(x => x.Message).HasMaxLength(4000);
            b.Property(x => x.ActorId).HasMaxLength(NameLength);
            b.Property(x => x.Status).HasMaxLength(StatusLength).IsRequired();
            b.HasIndex(x => new { x.Status, x.InstanceId });
            b.HasOne<WorkflowInstance>().WithMany().HasForeignKey(x => x.InstanceId).OnDelete(DeleteBehavior.Cascade);
        });

        foreach (var type in new[] { typeof(WorkflowDefinitionRecord), typeof(WorkflowInstance), typeof(WorkflowBookmark), typeof(WorkflowHumanTask), typeof(WorkflowJournalEntry), typeof(WorkflowIncident) })
        {
            var entity = builder.Model.FindEntityType(type)!;
            foreach (var p in entity.GetProperties())
            {
                if (p.ClrType == typeof(DateTime)) p.SetValueConverter(Utc);
                else if (p.ClrType == typeof(DateTime?)) p.SetValueConverter(NullableUtc);
            }
        }
        return builder;
    }
}
