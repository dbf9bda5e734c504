namespace InspectionSuite.Documents;

/// <summary>
/// The document register (sổ đăng ký văn bản) of each issuing body and year: issuing takes the next number and stores the
/// file made with it. Numbers are consecutive without gaps: the number is the highest one + 1, read just before the
/// insert, and the unique index (body, year, number) refuses a second issuing that read the same highest number; that
/// one renders its file again with the next number. A failed save leaves no row, so no number is lost.
/// </summary>
public sealed class DocumentRegister(IRepository<IssuedDocument> documents, IIssuedDocumentRepository entries, IUnitOfWork uow)
{
    /// <param name="render">Makes the file with the number and symbol it is given (called again when the number was taken).</param>
    public async Task<IssuedDocument> IssueAsync(RegisterEntryRequest request, Func<string, Task<byte[]>> render, CancellationToken ct = default)
    {
        for (var attempt = 1; attempt <= DocumentRegisterConsts.MaxNumberAttempts; attempt++)
        {
            IssuedDocument? corrected = null;
            if (request.CorrectsId is { } correctsId)
            {
                // Read without its files: only its status changes.
                corrected = await entries.FindForStatusChangeAsync(correctsId, ct);
                if (corrected is null || !corrected.IsInForce || corrected.CaseId != request.CaseId || corrected.Kind != request.Kind)
                    throw new BusinessException(DocumentErrorCodes.CorrectionTargetInvalid, correctsId);
            }
            // Deleted entries too: a number once given is never given again.
            var last = await documents.FirstOrDefaultAsync(documents.QueryIncludingDeleted()
                .Where(d => d.Authority == request.Authority && d.Year == request.IssuedOn.Year)
                .OrderByDescending(d => d.Number).Select(d => (int?)d.Number), ct) ?? 0;
            var number = last + 1;
            var docx = await render(IssuedDocument.Format(number, request.Symbol));
            var entry = new IssuedDocument(request.Authority, request.IssuedOn, number, request.Symbol, request.Kind, request.CaseId,
                request.SubjectKey, request.Title, request.IssuedBy, request.FileName, docx, request.CorrectsId);
            corrected?.Supersede();
            await documents.InsertAsync(entry, ct);
            try
            {
                await uow.SaveChangesAsync(ct);
                return entry;
            }
            catch (ConcurrencyConflictException)
            {
                // Another issuing took this number (or superseded the same document) first: forget and read again.
                uow.DiscardChanges();
                await Task.Delay(Random.Shared.Next(2, 10 * attempt), ct);
            }
        }
        throw new BusinessException(DocumentErrorCodes.RegisterBusy, request.Kind);
    }
}
