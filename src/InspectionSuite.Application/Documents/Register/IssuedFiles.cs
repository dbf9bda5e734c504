namespace InspectionSuite.Documents;

/// <summary>The stored files of a register entry: as issued, and the PDF made once from the stored .docx.</summary>
internal static class IssuedFiles
{
    public static IssuedDocumentDto ToDto(IssuedDocument d, string? caseCode) => new(
        d.Id, d.Authority, d.Year, d.Number, d.NumberAndSymbol, d.Kind, d.CaseId, caseCode, d.Title, d.IssuedOn, d.IssuedBy,
        d.FileName, d.DocxSha256, d.Pdf is not null, d.PdfSha256, d.Status, d.CorrectsId);

    /// <summary>Makes and keeps the PDF when LibreOffice is there; a failure leaves it to the first PDF download.</summary>
    public static async Task TryAttachPdfAsync(IssuedDocument entry, LibreOfficePdfConverter pdf, IUnitOfWork uow, CancellationToken ct)
    {
        if (entry.Pdf is not null || !pdf.IsAvailable) return;
        try
        {
            entry.AttachPdf(await pdf.ToPdfAsync(entry.Docx, ct));
            await uow.SaveChangesAsync(ct);
        }
        catch (InvalidOperationException)
        {
            uow.DiscardChanges(); // LibreOffice failed: the document stays issued; PDF is tried again on download
        }
    }

    /// <summary>The stored PDF; made from the stored .docx and kept at the first request when it is not there yet.</summary>
    public static async Task<GeneratedFile> PdfAsync(IssuedDocument entry, LibreOfficePdfConverter pdf, IUnitOfWork uow, CancellationToken ct)
    {
        if (entry.Pdf is null)
        {
            if (!pdf.IsAvailable) throw new BusinessException(DocumentErrorCodes.PdfUnavailable);
            entry.AttachPdf(await pdf.ToPdfAsync(entry.Docx, ct));
            try { await uow.SaveChangesAsync(ct); }
            catch (ConcurrencyConflictException) { uow.DiscardChanges(); } // another request stored its PDF first; this one is served, not kept
        }
        return new GeneratedFile(Path.ChangeExtension(entry.FileName, ".pdf"), GeneratedFile.PdfContentType, entry.Pdf!);
    }
}
