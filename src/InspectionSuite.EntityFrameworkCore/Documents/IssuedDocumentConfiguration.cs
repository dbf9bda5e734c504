using InspectionSuite.Documents;

namespace InspectionSuite.EntityFrameworkCore.Documents;

internal sealed class IssuedDocumentConfiguration : IEntityTypeConfiguration<IssuedDocument>
{
    public void Configure(EntityTypeBuilder<IssuedDocument> b)
    {
        b.ToTable("IssuedDocuments");
        // The register's rule in the database: one number per body and year; a second issuing that took the same
        // number fails here and takes the next one (DocumentRegister).
        b.HasIndex(x => new { x.Authority, x.Year, x.Number }).IsUnique();
        b.HasIndex(x => new { x.CaseId, x.Kind, x.SubjectKey });
        b.Property(x => x.Symbol).HasMaxLength(DocumentRegisterConsts.MaxSymbolLength).IsRequired();
        b.Property(x => x.Kind).HasMaxLength(DocumentRegisterConsts.MaxKindLength).IsRequired();
        b.Property(x => x.SubjectKey).HasMaxLength(DocumentRegisterConsts.MaxSubjectKeyLength).IsRequired();
        b.Property(x => x.Title).HasMaxLength(DocumentRegisterConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.IssuedBy).HasMaxLength(DocumentRegisterConsts.MaxIssuedByLength).IsRequired();
        b.Property(x => x.FileName).HasMaxLength(DocumentRegisterConsts.MaxFileNameLength).IsRequired();
        b.Property(x => x.DocxSha256).HasMaxLength(DocumentRegisterConsts.HashLength).IsRequired();
        b.Property(x => x.PdfSha256).HasMaxLength(DocumentRegisterConsts.HashLength);
        b.Property(x => x.Docx).IsRequired();
        b.Ignore(x => x.NumberAndSymbol);
        b.Ignore(x => x.IsInForce);
    }
}
