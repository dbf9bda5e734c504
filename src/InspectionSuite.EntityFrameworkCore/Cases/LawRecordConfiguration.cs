namespace InspectionSuite.EntityFrameworkCore;

/// <summary>Tables and columns of the Thanh tra records of Luật Thanh tra 84/2025/QH15 (see InspectionCase.Law.cs).</summary>
internal static class LawRecordConfiguration
{
    public static void ConfigureCase(EntityTypeBuilder<InspectionCase> b)
    {
        b.Property(x => x.RecommendationLetterNumber).HasMaxLength(CaseConsts.MaxCodeLength);
        b.Property(x => x.RecommendationLetterText).HasMaxLength(CaseConsts.MaxTextLength);
        b.Property(x => x.DirectionNumber).HasMaxLength(CaseConsts.MaxCodeLength);
        b.Property(x => x.DirectionText).HasMaxLength(CaseConsts.MaxTextLength);
        b.Ignore(x => x.OpenSuspension);
        b.HasMany(x => x.Explanations).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(nameof(InspectionCase.Explanations)).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        b.HasMany(x => x.MemberReports).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(nameof(InspectionCase.MemberReports)).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
