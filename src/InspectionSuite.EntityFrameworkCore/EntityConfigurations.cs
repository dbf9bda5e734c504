using InspectionSuite.Permissions;

namespace InspectionSuite.EntityFrameworkCore;

internal sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> b)
    {
        b.ToTable("Authorities");
        b.Property(x => x.NameVi).HasMaxLength(256).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(256).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> b)
    {
        b.ToTable("Units");
        b.Property(x => x.Code).HasMaxLength(UnitConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.Name).HasMaxLength(UnitConsts.MaxNameLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        b.HasIndex(x => x.Kind);
        b.Ignore(x => x.Stratum);
        b.HasMany(x => x.Predecessors).WithOne().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Predecessors).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> b)
    {
        b.ToTable("UnitSuccessions");
        b.HasKey(x => new { x.PredecessorId, x.SuccessorId });
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.PredecessorId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> b)
    {
        b.ToTable("PermissionGrants");
        b.Property(x => x.RoleName).HasMaxLength(PermissionGrant.MaxNameLength).IsRequired();
        b.Property(x => x.PermissionName).HasMaxLength(PermissionGrant.MaxNameLength).IsRequired();
        b.HasIndex(x => new { x.RoleName, x.PermissionName }).IsUnique();
    }
}

internal sealed class AuditLogRecordConfiguration : IEntityTypeConfiguration<AuditLogRecord>
{
    public void Configure(EntityTypeBuilder<AuditLogRecord> b)
    {
        b.ToTable("AuditLog");
        // The application assigns the sequence (it is part of the hash), never the database.
        b.HasKey(x => x.Sequence);
        b.Property(x => x.Sequence).ValueGeneratedNever();
        b.Property(x => x.Kind).HasMaxLength(32).IsRequired();
        b.Property(x => x.UserName).HasMaxLength(AuditLogRecord.MaxShortLength);
        b.Property(x => x.Action).HasMaxLength(AuditLogRecord.MaxShortLength).IsRequired();
        b.Property(x => x.Target).HasMaxLength(AuditLogRecord.MaxShortLength);
        b.Property(x => x.Summary).HasMaxLength(AuditLogRecord.MaxSummaryLength);
        b.Property(x => x.Result).HasMaxLength(AuditLogRecord.MaxShortLength);
        b.Property(x => x.ClientIp).HasMaxLength(64);
        b.Property(x => x.CorrelationId).HasMaxLength(64);
        b.Property(x => x.PreviousHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.Hash).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.TimeUtc);
        b.HasIndex(x => x.UserName);
    }
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.ToTable("AuditCheckpoints");
        b.HasKey(x => x.Id);
        b.Property(x => x.LastHash).HasMaxLength(64).IsRequired();
        b.Property(x => x.Mac).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.RecordCount);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.FullName).HasMaxLength(256);
        b.Property(x => x.Position).HasMaxLength(128);
        b.HasIndex(x => x.UnitId);
    }
}
