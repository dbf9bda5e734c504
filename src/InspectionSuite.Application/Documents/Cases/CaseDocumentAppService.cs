using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Documents;

/// <summary>
/// Official documents of a case: the case (visible to the caller, see <see cref="CaseAccess"/>) is mapped into the
/// template field dictionary by <see cref="CaseDocumentFields"/>; a value the case does not have yet is left out, so
/// the engine refuses with the list of missing fields instead of producing a broken document.
/// </summary>
public sealed class CaseDocumentAppService(
    CaseAccess access,
    ICaseRepository caseRepository,
    CaseDocumentDataLoader sources,
    DocumentTemplateStore templates,
    OfficialDocumentGenerator generator,
    DocumentOptions options,
    LibreOfficePdfConverter pdf,
    DocumentRegister register,
    DocumentTemplateRenderer renderer,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    IUnitOfWork uow) : ICaseDocumentAppService
{
    public Task<GeneratedFile> GeneratePdfAsync(Guid caseId, DocumentKind kind, CancellationToken ct = default) => GeneratePdfAsync(caseId, kind, null, ct);

    public async Task<GeneratedFile> GeneratePdfAsync(Guid caseId, DocumentKind kind, Guid? minutesId, CancellationToken ct)
    {
        var @case = await GetCaseForAsync(caseId, kind, ct); // visibility and applicability first: 404 / 400 as for the .docx
        var key = CaseDocumentSubjects.Key(@case, kind, minutesId);
        if (await sources.InForceAsync(@case.Id, kind, key, ct) is { } frozen) return await IssuedFiles.PdfAsync(frozen, pdf, uow, ct);
        var docx = await DraftAsync(@case, kind, key, ct);
        if (!pdf.IsAvailable) throw new BusinessException(DocumentErrorCodes.PdfUnavailable);
        return new GeneratedFile(Path.ChangeExtension(docx.FileName, ".pdf"), GeneratedFile.PdfContentType, await pdf.ToPdfAsync(docx.Content, ct));
    }

    public async Task<IReadOnlyList<CaseDocumentAvailabilityDto>> GetAvailableAsync(Guid caseId, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        return await AvailableForAsync(@case, await caseRepository.GetPartiesAsync(@case, ct), await access.IsUnitRepresentativeAsync(ct), ct);
    }

    /// <summary>The documents of a case already loaded and checked visible (the case workspace reads its unit and team once for the case and its documents).</summary>
    /// <param name="followUp">The case's follow-up when the caller has read it already (the case workspace): its sanctions are not read again.</param>
    internal async Task<IReadOnlyList<CaseDocumentAvailabilityDto>> AvailableForAsync(InspectionCase @case, CaseParties parties, bool unitView, CancellationToken ct,
        CaseFollowUp? followUp = null)
    {
        var inForce = await sources.InForceOfCaseAsync(@case.Id, @case.Code, ct);
        // Once for all kinds (the case page lists every document), without the representative's name: no list depends on it
        // (CaseDocumentListTests pins the list against the documents' full data).
        var data = await sources.LoadAsync(@case, parties, options.For(@case.Authority), ct, inForce, followUp, withRepresentative: false);
        var common = CaseDocumentFields.CommonFields(data); // so are the fields every kind shares
        var result = new List<CaseDocumentAvailabilityDto>();
        foreach (var kind in CaseDocumentFields.KindsFor(@case.Kind))
        {
            if (unitView && !UnitRepresentativeView.MaySee(kind, @case)) continue;
            var template = await templates.LoadAsync(kind, ct);
            // Each biên bản is a document of its own (the latest first); a case without one lists the kind as not available.
            // So is each decision changing the team (the latest first), named by the same parameter.
            IEnumerable<(Guid Id, string Title)?> each = kind == DocumentKind.Minutes && @case.Minutes.Count > 0
                ? @case.Minutes.OrderByDescending(m => m.HeldOn).Select(m => ((Guid, string)?)(m.Id, m.Title))
                : kind == DocumentKind.TeamChangeDecision && @case.TeamChanges.Count > 0
                ? @case.TeamChanges.Where(t => @case.RowsOfDecision(t)[0].Id == t.Id).OrderByDescending(t => t.ChangedOn).Select(t => ((Guid, string)?)(t.Id, OfficialText.ShortDate(t.ChangedOn)))
                : [null];
            foreach (var record in each)
            {
                var fields = CaseDocumentFields.Build(common, data with { MinutesId = record?.Id }, kind);
                var frozen = inForce.GetValueOrDefault((CaseDocumentFields.Slug(kind), record is null ? "" : CaseDocumentSubjects.MinutesKey(record.Value.Id)));
                // An issued document is there whatever the case's data says now.
                var missing = frozen is not null ? [] : template.Fields.Where(f => !fields.ContainsKey(f)).ToList();
                result.Add(new CaseDocumentAvailabilityDto(kind, CaseDocumentFields.Slug(kind), record is null ? template.Name : $"{template.Name}: {record.Value.Title}", missing.Count == 0, missing)
                {
                    Issued = frozen,
                    MinutesId = record?.Id,
                });
            }
        }
        return result;
    }

    public Task<GeneratedFile> GenerateAsync(Guid caseId, DocumentKind kind, CancellationToken ct = default) => GenerateAsync(caseId, kind, null, ct);

    public async Task<GeneratedFile> GenerateAsync(Guid caseId, DocumentKind kind, Guid? minutesId, CancellationToken ct)
    {
        var @case = await GetCaseForAsync(caseId, kind, ct);
        var key = CaseDocumentSubjects.Key(@case, kind, minutesId);
        // Issued = frozen: the stored file, byte for byte, whatever changed in the case since.
        if (await sources.InForceAsync(@case.Id, kind, key, ct) is { } frozen) return new GeneratedFile(frozen.FileName, GeneratedFile.DocxContentType, frozen.Docx);
        return await DraftAsync(@case, kind, key, ct);
    }

    public Task<IssuedDocumentDto> IssueAsync(Guid caseId, DocumentKind kind, Guid? correctsId = null, CancellationToken ct = default)
        => IssueAsync(caseId, kind, null, correctsId, ct);

    public async Task<IssuedDocumentDto> IssueAsync(Guid caseId, DocumentKind kind, Guid? minutesId, Guid? correctsId, CancellationToken ct)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Documents.Issue, ct);
        var @case = await GetCaseForAsync(caseId, kind, ct);
        if (@case.State == CaseStates.Cancelled) throw new BusinessException(CaseErrorCodes.WrongState, @case.State, "≠ " + CaseStates.Cancelled);
        var slug = CaseDocumentFields.Slug(kind);
        var key = CaseDocumentSubjects.Key(@case, kind, minutesId);
        var current = await sources.InForceIdAsync(@case.Id, kind, key, ct);
        if (correctsId is null && current is not null) throw new BusinessException(DocumentErrorCodes.DocumentAlreadyIssued, slug);
        if (correctsId is { } target && current != target) throw new BusinessException(DocumentErrorCodes.CorrectionTargetInvalid, target);

        var data = await sources.LoadAsync(@case, await caseRepository.GetPartiesAsync(@case, ct), options.For(@case.Authority), ct) with { MinutesId = CaseDocumentSubjects.MinutesOf(key) };
        var fields = FieldsFor(data, kind);
        var template = await templates.LoadAsync(kind, ct);
        var today = access.Today;
        // The number and date the template prints for this document (Case.DecisionNumber for a decision, Document.* else).
        if (CaseDocumentFields.FieldOf(template.Date) is { } dateField) fields[dateField] = OfficialText.ShortDate(today);
        var numberField = CaseDocumentFields.FieldOf(template.Number);
        var authority = options.For(@case.Authority);
        var symbol = CaseDocumentFields.Symbol(kind, authority);
        if (numberField is not null) fields[numberField] = IssuedDocument.Format(1, symbol);
        var title = renderer.Render(template, fields) is var model && model.Abstract.Trim().Length > 0 ? $"{template.Name}: {model.Abstract.Trim()}" : template.Name;

        var entry = await register.IssueAsync(
            new RegisterEntryRequest(@case.Authority, today, symbol, slug, @case.Id, key, title,
                currentUser.UserName ?? "", CaseDocumentFields.FileName(kind, @case.Code), correctsId),
            async numberAndSymbol =>
            {
                if (numberField is not null) fields[numberField] = numberAndSymbol;
                return await generator.GenerateAsync(kind, fields, "", ct);
            }, ct);
        await TakeRegisteredNumberAsync(@case.Id, kind, entry, ct);
        await IssuedFiles.TryAttachPdfAsync(entry, pdf, uow, ct);
        return IssuedFiles.ToDto(entry, @case.Code);
    }

    /// <summary>The case record the kind's document is of: it keeps the registered number (see <see cref="InspectionCase.TakeRegisteredNumber"/>).</summary>
    public static CaseRegisteredRecord? RegisteredRecordOf(DocumentKind kind) => kind switch
    {
        DocumentKind.InspectionDecision or DocumentKind.CheckDecision => CaseRegisteredRecord.Decision,
        DocumentKind.ResultsReport => CaseRegisteredRecord.ResultsReport,
        DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice => CaseRegisteredRecord.Conclusion,
        DocumentKind.ExtensionDecision => CaseRegisteredRecord.Extension,
        DocumentKind.SuspensionDecision => CaseRegisteredRecord.Suspension,
        DocumentKind.RecommendationLetter => CaseRegisteredRecord.RecommendationLetter,
        _ => null,
    };

    /// <summary>
    /// Writes the registered number and date back to the case, so its pages and later documents cite the number as
    /// registered. The case is read again: a retried register number cleared what the context tracked. The entry is issued
    /// whatever happens here: a concurrent change of the case leaves the case's number as it was (the documents still take
    /// the decision's from the register).
    /// </summary>
    private async Task TakeRegisteredNumberAsync(Guid caseId, DocumentKind kind, IssuedDocument entry, CancellationToken ct)
    {
        var teamChange = kind == DocumentKind.TeamChangeDecision;
        if (!teamChange && RegisteredRecordOf(kind) is null) return;
        var @case = await caseRepository.GetWithDetailsAsync(caseId, await access.VisibilityAsync(ct), ct);
        if (@case is null) return;
        // A team change keeps its decision's number on its own row (the register entry's subject names it).
        var changed = teamChange
            ? @case.TakeRegisteredTeamChangeNumber(CaseDocumentSubjects.MinutesOf(entry.SubjectKey), entry.NumberAndSymbol, entry.IssuedOn)
            : @case.TakeRegisteredNumber(RegisteredRecordOf(kind)!.Value, entry.NumberAndSymbol, entry.IssuedOn);
        if (!changed) return;
        try { await uow.SaveChangesAsync(ct); }
        catch (ConcurrencyConflictException) { uow.DiscardChanges(); }
    }

    /// <summary>The case, visible to the caller, with a kind that applies to it and that the caller may see.</summary>
    private async Task<InspectionCase> GetCaseForAsync(Guid caseId, DocumentKind kind, CancellationToken ct)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        if (!CaseDocumentFields.KindsFor(@case.Kind).Contains(kind))
            throw new BusinessException(DocumentErrorCodes.DocumentNotApplicable, kind.ToString(), @case.Kind.ToString());
        // The unit's representative gets only the documents addressed to the unit; the others do not exist for them.
        if (await access.IsUnitRepresentativeAsync(ct) && !UnitRepresentativeView.MaySee(kind, @case))
            throw new EntityNotFoundException(nameof(DocumentKind), kind.ToString());
        return @case;
    }

    /// <summary>A document not issued: marked "DỰ THẢO" (a cancelled case's: "ĐÃ HỦY"); it never takes a register number.</summary>
    private async Task<GeneratedFile> DraftAsync(InspectionCase @case, DocumentKind kind, string key, CancellationToken ct)
    {
        var fields = FieldsFor(await sources.LoadAsync(@case, await caseRepository.GetPartiesAsync(@case, ct), options.For(@case.Authority), ct) with { MinutesId = CaseDocumentSubjects.MinutesOf(key) }, kind);
        // A cancelled case never prints a clean document: every page it gives is marked.
        var mark = @case.State == CaseStates.Cancelled ? CaseDocumentFields.CancelledMark : CaseDocumentFields.DraftMark;
        var bytes = await generator.GenerateAsync(kind, fields, mark, ct);
        return new GeneratedFile(CaseDocumentFields.FileName(kind, @case.Code), GeneratedFile.DocxContentType, bytes);
    }

    private static Dictionary<string, string> FieldsFor(CaseDocumentData data, DocumentKind kind)
    {
        if (CaseDocumentFields.SignerProblem(data, kind) is { } field)
            throw new BusinessException(DocumentErrorCodes.SignerNotOfAuthority, field, CaseDocumentFields.SignerText(data.Case, kind) ?? "", data.Authority.Name)
            {
                Errors = new Dictionary<string, string[]> { [field] = [DocumentErrorCodes.SignerNotOfAuthority] },
            };
        return CaseDocumentFields.Build(data, kind);
    }
}
