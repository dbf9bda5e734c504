namespace InspectionSuite.EntityFrameworkCore;

internal sealed class DocumentRequestAnswerConfiguration : IEntityTypeConfiguration<DocumentRequestAnswer>
{
    public void Configure(EntityTypeBuilder<DocumentRequestAnswer> b)
    {
        b.ToTable("CaseDocumentRequestAnswers");
        b.Property(x => x.Note).HasMaxLength(CaseConsts.MaxTextLength);
    }
}
