namespace InspectionSuite.EntityFrameworkCore;

/// <summary>The team's history after the decision (see InspectionCase.TeamChanges.cs): table CaseTeamChanges.</summary>
internal static class TeamChangeCaseConfiguration
{
    public static void ConfigureCase(EntityTypeBuilder<InspectionCase> b)
    {
        b.Ignore(x => x.IsTeamFixedByDecision);
        b.HasMany(x => x.TeamChanges).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(nameof(InspectionCase.TeamChanges)).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
