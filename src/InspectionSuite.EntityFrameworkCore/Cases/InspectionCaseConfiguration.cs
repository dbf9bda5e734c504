namespace InspectionSuite.EntityFrameworkCore;

internal sealed class InspectionCaseConfiguration : IEntityTypeConfiguration<InspectionCase>
{
    public void Configure(EntityTypeBuilder<InspectionCase> b)
    {
        b.ToTable("Cases");
        b.Property(x => x.Code).HasMaxLength(CaseConsts.MaxCodeLength).IsRequired();
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Subject).HasMaxLength(CaseConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.Scope).HasMaxLength(CaseConsts.MaxTextLength);
        b.Property(x => x.LegalBasis).HasMaxLength(CaseConsts.MaxTextLength);
        b.Property(x => x.State).HasMaxLength(64).IsRequired();
        b.Property(x => x.WorkPlanApprovedBy).HasMaxLength(CaseConsts.MaxShortTextLength);
        b.Property(x => x.CancelReason).HasMaxLength(CaseConsts.MaxTextLength);
        b.Property(x => x.UnannouncedReason).HasMaxLength(CaseConsts.MaxTextLength);
        // The case's records are value objects on the case's own row, under the column names they had as flat fields:
        // complex properties, part of the case's own entry (one entry per case row when it is saved; as owned entities,
        // nine entries shared the row and EF's save sorted them against every foreign key to Cases on every fire:
        // test/InspectionSuite.Benchmarks/README.md, "What a fired trigger costs, in counts"). The conclusion stays an owned
        // entity: its date has an index (the dashboard's drill-down), and EF Core indexes no complex property.
        b.ComplexProperty(x => x.Decision, o =>
        {
            o.Property(x => x.Number).HasColumnName("DecisionNumber").HasMaxLength(CaseConsts.MaxCodeLength);
            o.Property(x => x.Date).HasColumnName("DecisionDate");
            o.Property(x => x.Signer).HasColumnName("DecisionSigner").HasMaxLength(CaseConsts.MaxShortTextLength);
            o.Property(x => x.LegalBasisVersion).HasColumnName("LegalBasisVersion").HasMaxLength(32);
        });
        b.ComplexProperty(x => x.ResultsReport, o =>
        {
            o.Property(x => x.Number).HasColumnName("ResultsReportNumber").HasMaxLength(CaseConsts.MaxCodeLength);
            o.Property(x => x.Date).HasColumnName("ResultsReportDate");
            o.Property(x => x.Text).HasColumnName("ResultsReportText");
        });
        b.ComplexProperty(x => x.DraftConclusion, o =>
        {
            o.Property(x => x.Date).HasColumnName("DraftConclusionDate");
            o.Property(x => x.Text).HasColumnName("DraftConclusionText");
        });
        b.ComplexProperty(x => x.Appraisal, o =>
        {
            o.Property(x => x.On).HasColumnName("AppraisedOn");
            o.Property(x => x.By).HasColumnName("AppraisalBy").HasMaxLength(CaseConsts.MaxShortTextLength);
            o.Property(x => x.Opinion).HasColumnName("AppraisalOpinion").HasMaxLength(CaseConsts.MaxTextLength);
        });
        b.OwnsOne(x => x.Conclusion, o =>
        {
            o.Property(x => x.Number).HasColumnName("ConclusionNumber").HasMaxLength(CaseConsts.MaxCodeLength);
            o.Property(x => x.Date).HasColumnName("ConclusionDate");
            o.Property(x => x.Signer).HasColumnName("ConclusionSigner").HasMaxLength(CaseConsts.MaxShortTextLength);
            o.Property(x => x.Text).HasColumnName("ConclusionText");
            o.HasIndex(x => x.Date); // the dashboard's year / quarter drill-down
            // What the conclusion decides about the head's responsibility (accountability inspections).
            o.OwnsOne(x => x.Accountability, a =>
            {
                a.Property(x => x.Verdict).HasColumnName("AccountabilityVerdict");
                a.Property(x => x.Text).HasColumnName("AccountabilityText").HasMaxLength(CaseConsts.MaxTextLength);
            });
            o.Navigation(x => x.Accountability).IsRequired();
        });
        b.ComplexProperty(x => x.AccountableHead, o =>
        {
            o.Property(x => x.Name).HasColumnName("AccountableHeadName").HasMaxLength(CaseConsts.MaxShortTextLength);
            o.Property(x => x.Position).HasColumnName("AccountableHeadPosition").HasMaxLength(CaseConsts.MaxShortTextLength);
        });
        b.ComplexProperty(x => x.PendingExtension, o =>
        {
            o.Property(x => x.Days).HasColumnName("ExtensionRequestDays");
            o.Property(x => x.Reason).HasColumnName("ExtensionRequestReason").HasMaxLength(CaseConsts.MaxTextLength);
            o.Property(x => x.RequestedById).HasColumnName("ExtensionRequestedById");
            o.Property(x => x.RequestedBy).HasColumnName("ExtensionRequestedBy").HasMaxLength(CaseConsts.MaxShortTextLength);
            o.Property(x => x.RequestedAt).HasColumnName("ExtensionRequestedAt");
        });
        b.ComplexProperty(x => x.Publication, o =>
        {
            o.Property(x => x.Channel).HasColumnName("PublicationChannel").HasMaxLength(CaseConsts.MaxShortTextLength);
            o.Property(x => x.From).HasColumnName("PublishedFrom");
            o.Property(x => x.To).HasColumnName("PublishedTo");
        });
        // Always materialized (all columns may be null): a case without a conclusion yet has an empty one, never null.
        // (A complex property is required: always materialized too.)
        b.Navigation(x => x.Conclusion).IsRequired();
        // Large texts stay unbounded (nvarchar(max)/TEXT); list queries project around them.
        // The case list pages in the default order (newest first, then code) with or without the common filters:
        // each of these indexes yields a page without sorting the whole table (issue 8: lists at 50,000 cases). IsDeleted and
        // Id are carried for the same reason as below: skipping to a deep page (/Cases?p=500) checks each skipped case from
        // the index, not its wide row (SQLite, skip 9,980: 7–9 ms without them, 0.7–1.1 ms with them).
        b.HasIndex(x => new { x.CreationTime, x.Code, x.IsDeleted, x.Id }).IsDescending(true, false, false, false);
        b.HasIndex(x => new { x.State, x.CreationTime, x.Code, x.IsDeleted, x.Id }).IsDescending(false, true, false, false, false);
        b.HasIndex(x => new { x.Authority, x.CreationTime, x.Code, x.IsDeleted, x.Id }).IsDescending(false, true, false, false, false);
        b.HasIndex(x => x.UnitId);
        // The list's state and on-site orders. IsDeleted and Id are carried so that walking the index in order (checking an
        // inspector's viewer key per case) never reads the wide case row; without them both orders sorted every case.
        b.HasIndex(x => new { x.OnSiteStart, x.Code, x.IsDeleted, x.Id });
        b.HasIndex(x => new { x.State, x.Code, x.IsDeleted, x.Id });
        // One case per plan item: approval and top-ups may not create a second one, even when racing.
        b.HasIndex(x => x.PlanItemId).IsUnique();
        b.HasIndex(x => new { x.Authority, x.Kind });
        // Inbox: each task's case is probed for visibility (deleted? which id for the team probe?) from the index alone.
        b.HasIndex(x => new { x.WorkflowInstanceId, x.IsDeleted, x.Id });
        b.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.TeamLeaderId);
        b.Ignore(x => x.HasDecisionAndTeam);
        b.Ignore(x => x.HasResultsReport);
        b.Ignore(x => x.IsFinal);

        Child(b.HasMany(x => x.Team).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.Team));
        Child(b.HasMany(x => x.Extensions).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.Extensions));
        Child(b.HasMany(x => x.Suspensions).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.Suspensions));
        Child(b.HasMany(x => x.Checklist).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.Checklist));
        Child(b.HasMany(x => x.Evidence).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.Evidence));
        Child(b.HasMany(x => x.Minutes).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.Minutes));
        Child(b.HasMany(x => x.Diary).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.Diary));
        Child(b.HasMany(x => x.Findings).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.Findings));
        Child(b.HasMany(x => x.Dissents).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.Dissents));
        Child(b.HasMany(x => x.ExternalMembers).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.ExternalMembers));
        Child(b.HasMany(x => x.SelfAssessment).WithOne().HasForeignKey(x => x.CaseId), b, nameof(InspectionCase.SelfAssessment));
        b.Ignore(x => x.UnassessedCriteria);
        b.Ignore(x => x.ConclusionIssued);
        LawRecordConfiguration.ConfigureCase(b);
        TeamChangeCaseConfiguration.ConfigureCase(b);
    }

    private static void Child<T>(ReferenceCollectionBuilder<InspectionCase, T> r, EntityTypeBuilder<InspectionCase> b, string navigation) where T : class
    {
        r.OnDelete(DeleteBehavior.Cascade);
        b.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
