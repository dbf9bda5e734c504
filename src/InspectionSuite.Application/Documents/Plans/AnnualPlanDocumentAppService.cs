namespace InspectionSuite.Documents;

/// <summary>
/// The annual plan document: drafted from the plan (marked "DỰ THẢO"), issued through the register like a case document
/// (<see cref="DocumentRegister"/>: next number of the body and year, frozen file and SHA-256), then always served as issued.
/// </summary>
public sealed class AnnualPlanDocumentAppService(
    IRepository<AnnualPlan> plans,
    IRepository<AppUser> users,
    IIssuedDocumentRepository entries,
    DocumentRegister register,
    DocumentTemplateStore templates,
    DocumentTemplateRenderer renderer,
    OfficialDocumentGenerator generator,
    DocumentOptions options,
    LibreOfficePdfConverter pdf,
    InspectionSuiteLocalizer localizer,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider time,
    IUnitOfWork uow) : IAnnualPlanDocumentAppService
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public async Task<GeneratedFile> GenerateAsync(Guid planId, bool asPdf, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Default, ct);
        var plan = await LoadAsync(planId, ct);
        if (await InForceAsync(plan.Id, ct) is { } frozen)
            return asPdf ? await IssuedFiles.PdfAsync(frozen, pdf, uow, ct) : new GeneratedFile(frozen.FileName, GeneratedFile.DocxContentType, frozen.Docx);
        // A plan not approved yet, or approved and not issued: a draft, never numbered.
        var docx = await generator.GenerateAsync(DocumentKind.AnnualPlan, await FieldsAsync(plan, ct), CaseDocumentFields.DraftMark, ct);
        var name = AnnualPlanDocumentFields.FileName(plan);
        if (!asPdf) return new GeneratedFile(name, GeneratedFile.DocxContentType, docx);
        if (!pdf.IsAvailable) throw new BusinessException(DocumentErrorCodes.PdfUnavailable);
        return new GeneratedFile(Path.ChangeExtension(name, ".pdf"), GeneratedFile.PdfContentType, await pdf.ToPdfAsync(docx, ct));
    }

    public async Task<IssuedDocumentDto?> GetIssuedAsync(Guid planId, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Planning.Default, ct);
        return await InForceAsync(planId, ct) is { } entry ? IssuedFiles.ToDto(entry, null) : null;
    }

    public async Task<IssuedDocumentDto> IssueAsync(Guid planId, Guid? correctsId = null, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Documents.Issue, ct);
        var plan = await LoadAsync(planId, ct);
        if (plan.Status != PlanStatus.Approved) throw new BusinessException(DocumentErrorCodes.PlanNotApproved, plan.Year);
        var current = await entries.GetInForceIdAsync(null, AnnualPlanDocumentFields.Slug, AnnualPlanDocumentFields.SubjectKey(plan.Id), ct);
        if (correctsId is null && current is not null) throw new BusinessException(DocumentErrorCodes.DocumentAlreadyIssued, AnnualPlanDocumentFields.Slug);
        if (correctsId is { } target && current != target) throw new BusinessException(DocumentErrorCodes.CorrectionTargetInvalid, target);

        var fields = await FieldsAsync(plan, ct);
        var template = await templates.LoadAsync(DocumentKind.AnnualPlan, ct);
        var today = VietnamTime.Today(time);
        if (CaseDocumentFields.FieldOf(template.Date) is { } dateField) fields[dateField] = OfficialText.ShortDate(today);
        var numberField = CaseDocumentFields.FieldOf(template.Number);
        var authority = options.For(plan.Authority);
        var symbol = AnnualPlanDocumentFields.Symbol(authority);
        var title = renderer.Render(template, fields).Abstract.Trim() is { Length: > 0 } trichYeu ? $"{template.Name}: {trichYeu}" : template.Name;

        var entry = await register.IssueAsync(
            new RegisterEntryRequest(plan.Authority, today, symbol, AnnualPlanDocumentFields.Slug, null, AnnualPlanDocumentFields.SubjectKey(plan.Id), title,
                currentUser.UserName ?? "", AnnualPlanDocumentFields.FileName(plan), correctsId),
            async numberAndSymbol =>
            {
                if (numberField is not null) fields[numberField] = numberAndSymbol;
                return await generator.GenerateAsync(DocumentKind.AnnualPlan, fields, "", ct);
            }, ct);
        await IssuedFiles.TryAttachPdfAsync(entry, pdf, uow, ct);
        return IssuedFiles.ToDto(entry, null);
    }

    private async Task<AnnualPlan> LoadAsync(Guid id, CancellationToken ct)
        => await plans.FirstOrDefaultAsync(plans.Query().Where(p => p.Id == id), ct) ?? throw new EntityNotFoundException(nameof(AnnualPlan), id);

    private Task<IssuedDocument?> InForceAsync(Guid planId, CancellationToken ct)
        => entries.GetInForceAsync(null, AnnualPlanDocumentFields.Slug, AnnualPlanDocumentFields.SubjectKey(planId), ct);

    private async Task<Dictionary<string, string>> FieldsAsync(AnnualPlan plan, CancellationToken ct)
    {
        var approver = plan.ApproverId is { } approverId
            ? await users.FirstOrDefaultAsync(users.Query().Where(u => u.Id == approverId).Select(u => u.FullName), ct)
            : null;
        return AnnualPlanDocumentFields.Build(plan, options.For(plan.Authority), approver, VietnamTime.Today(time),
            reason => localizer.Get(InspectionSuite.Sampling.SelectionReasonCodes.TextKey(reason), Vietnamese));
    }
}
