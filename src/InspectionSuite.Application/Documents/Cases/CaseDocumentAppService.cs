using System.Globalization;
using InspectionSuite.Cases;
using InspectionSuite.Documents;
using InspectionSuite.Application.Documents.Register;
using InspectionSuite.Identity;
using InspectionSuite.Permissions;
using InspectionSuite.Organization;
using InspectionSuite.Workflows.Contracts;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Application.Documents.Cases;

/// <summary>
/// Official documents of a case: the case (visible to the caller, see <see cref="CaseAccess"/>) is mapped into the
/// template field dictionary by <see cref="CaseDocumentFields"/>; a value the case does not have yet is left out, so
/// the engine refuses with the list of missing fields instead of producing a broken document.
/// </summary>
public sealed class CaseDocumentAppService(
    CaseAccess access,
    IRepository<AppUser> users,
    IWorkflowInstanceQueries workflows,
    CaseDeadlineCalculator deadlines,
    DocumentTemplateStore templates,
    OfficialDocumentGenerator generator,
    DocumentOptions options,
    LibreOfficePdfConverter pdf,
    IRepository<IssuedDocument> issued,
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
        var key = SubjectKey(@case, kind, minutesId);
        if (await InForceAsync(@case.Id, kind, key, ct) is { } frozen) return await IssuedFiles.PdfAsync(frozen, pdf, uow, ct);
        var docx = await DraftAsync(@case, kind, key, ct);
        if (!pdf.IsAvailable) throw new BusinessException(DocumentErrorCodes.PdfUnavailable);
        return new GeneratedFile(Path.ChangeExtension(docx.FileName, ".pdf"), GeneratedFile.PdfContentType, await pdf.ToPdfAsync(docx.Content, ct));
    }

    public async Task<IReadOnlyList<CaseDocumentAvailabilityDto>> GetAvailableAsync(Guid caseId, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        return await AvailableForAsync(@case, await access.GetPartiesAsync(@case, ct), await access.IsUnitRepresentativeAsync(ct), ct);
    }

    /// <summary>The documents of a case already loaded and checked visible (the case workspace reads its unit and team once for the case and its documents).</summary>
    internal async Task<IReadOnlyList<CaseDocumentAvailabilityDto>> AvailableForAsync(InspectionCase @case, CaseAccess.CaseParties parties, bool unitView, CancellationToken ct)
    {
        var inForce = await InForceOfCaseAsync(@case.Id, ct);
        var data = await LoadDataAsync(@case, parties, ct, inForce); // once for all kinds: the case page lists every document
        var result = new List<CaseDocumentAvailabilityDto>();
        foreach (var kind in CaseDocumentFields.KindsFor(@case.Kind))
        {
            if (unitView && !UnitRepresentativeView.MaySee(kind, @case)) continue;
            var template = await templates.LoadAsync(kind, ct);
            // Each biên bản is a document of its own (the latest first); a case without one lists the kind as not available.
            IEnumerable<CaseMinutes?> each = kind == DocumentKind.Minutes && @case.Minutes.Count > 0 ? @case.Minutes.OrderByDescending(m => m.HeldOn) : [null];
            foreach (var minutes in each)
            {
                var fields = CaseDocumentFields.Build(data with { MinutesId = minutes?.Id }, kind);
                var frozen = inForce.GetValueOrDefault((CaseDocumentFields.Slug(kind), minutes is null ? "" : MinutesKey(minutes.Id)));
                // An issued document is there whatever the case's data says now.
                var missing = frozen is not null ? [] : template.Fields.Where(f => !fields.ContainsKey(f)).ToList();
                result.Add(new CaseDocumentAvailabilityDto(kind, CaseDocumentFields.Slug(kind), minutes is null ? template.Name : $"{template.Name}: {minutes.Title}", missing.Count == 0, missing)
                {
                    Issued = frozen is null ? null : IssuedFiles.ToDto(frozen, @case.Code),
                    MinutesId = minutes?.Id,
                });
            }
        }
        return result;
    }

    public Task<GeneratedFile> GenerateAsync(Guid caseId, DocumentKind kind, CancellationToken ct = default) => GenerateAsync(caseId, kind, null, ct);

    public async Task<GeneratedFile> GenerateAsync(Guid caseId, DocumentKind kind, Guid? minutesId, CancellationToken ct)
    {
        var @case = await GetCaseForAsync(caseId, kind, ct);
        var key = SubjectKey(@case, kind, minutesId);
        // Issued = frozen: the stored file, byte for byte, whatever changed in the case since.
        if (await InForceAsync(@case.Id, kind, key, ct) is { } frozen) return new GeneratedFile(frozen.FileName, GeneratedFile.DocxContentType, frozen.Docx);
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
        var key = SubjectKey(@case, kind, minutesId);
        var current = await InForceAsync(@case.Id, kind, key, ct);
        if (correctsId is null && current is not null) throw new BusinessException(DocumentErrorCodes.DocumentAlreadyIssued, slug);
        if (correctsId is { } target && current?.Id != target) throw new BusinessException(DocumentErrorCodes.CorrectionTargetInvalid, target);

        var data = await LoadDataAsync(@case, await access.GetPartiesAsync(@case, ct), ct) with { MinutesId = KeyMinutes(key) };
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
        await IssuedFiles.TryAttachPdfAsync(entry, pdf, uow, ct);
        return IssuedFiles.ToDto(entry, @case.Code);
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
        var fields = FieldsFor(await LoadDataAsync(@case, await access.GetPartiesAsync(@case, ct), ct) with { MinutesId = KeyMinutes(key) }, kind);
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

    /// <summary>
    /// Which one of its kind a document is, in the register: a biên bản's id (the latest one when none is named; an id not
    /// of this case is "not found"); empty for the kinds a case has one of.
    /// </summary>
    private static string SubjectKey(InspectionCase @case, DocumentKind kind, Guid? minutesId)
    {
        if (kind != DocumentKind.Minutes)
            return minutesId is null ? "" : throw new EntityNotFoundException(nameof(CaseMinutes), minutesId.Value);
        if (minutesId is { } id)
            return @case.Minutes.Any(m => m.Id == id) ? MinutesKey(id) : throw new EntityNotFoundException(nameof(CaseMinutes), id);
        return @case.Minutes.OrderBy(m => m.HeldOn).LastOrDefault() is { } latest ? MinutesKey(latest.Id) : "";
    }

    private static string MinutesKey(Guid id) => id.ToString("N");
    private static Guid? KeyMinutes(string key) => Guid.TryParseExact(key, "N", out var id) ? id : null;

    private Task<IssuedDocument?> InForceAsync(Guid caseId, DocumentKind kind, string key, CancellationToken ct)
    {
        var slug = CaseDocumentFields.Slug(kind);
        return issued.FirstOrDefaultAsync(issued.Query().Where(d => d.CaseId == caseId && d.Kind == slug && d.SubjectKey == key
            && d.Status != IssuedDocumentStatus.Superseded).OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number), ct);
    }

    private async Task<Dictionary<(string Kind, string Key), IssuedDocument>> InForceOfCaseAsync(Guid caseId, CancellationToken ct)
        => (await issued.ToListAsync(issued.Query().Where(d => d.CaseId == caseId && d.Status != IssuedDocumentStatus.Superseded), ct))
            .GroupBy(d => (d.Kind, d.SubjectKey)).ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number).First());

    /// <param name="inForce">The case's register entries in force when the caller has them already (the case page): the decision is taken from them, not read again.</param>
    private async Task<CaseDocumentData> LoadDataAsync(InspectionCase @case, CaseAccess.CaseParties parties, CancellationToken ct,
        IReadOnlyDictionary<(string Kind, string Key), IssuedDocument>? inForce = null)
    {
        var unit = parties.Unit;
        var names = parties.People.Values.ToDictionary(p => p.Id, p => string.IsNullOrWhiteSpace(p.FullName) ? p.UserName : p.FullName);
        var representative = await users.FirstOrDefaultAsync(users.Query().Where(u => u.UnitId == @case.UnitId).OrderBy(u => u.UserName).Select(u => u.FullName), ct);

        CaseDeadlineCalculator.Limits? limits = null;
        if (@case.WorkflowInstanceId is { } instanceId)
        {
            var instance = await workflows.GetInstanceAsync(instanceId, ct);
            limits = await deadlines.GetLimitsAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        }
        // The decision as the register issued it: the other documents cite its registered number and date.
        var decisionSlugs = new[] { CaseDocumentFields.Slug(DocumentKind.InspectionDecision), CaseDocumentFields.Slug(DocumentKind.CheckDecision) };
        var decision = inForce is not null
            ? inForce.Values.Where(d => decisionSlugs.Contains(d.Kind)).OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number)
                .Select(d => new { d.Number, d.Symbol, d.IssuedOn }).FirstOrDefault()
            : await issued.FirstOrDefaultAsync(issued.Query().Where(d => d.CaseId == @case.Id && decisionSlugs.Contains(d.Kind)
                && d.Status != IssuedDocumentStatus.Superseded).OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Number)
                .Select(d => new { d.Number, d.Symbol, d.IssuedOn }), ct);
        return new CaseDocumentData(@case, unit, options.For(@case.Authority), names, representative, limits, deadlines, access.Today)
        {
            RegisteredDecision = decision is null ? null : (IssuedDocument.Format(decision.Number, decision.Symbol), decision.IssuedOn),
        };
    }
}

/// <summary>Everything the field mapping reads, loaded once.</summary>
public sealed record CaseDocumentData(
    InspectionCase Case,
    Unit? Unit,
    AuthorityProfile Authority,
    IReadOnlyDictionary<Guid, string> PeopleNames,
    string? RepresentativeName,
    CaseDeadlineCalculator.Limits? Limits,
    CaseDeadlineCalculator Deadlines,
    // Today on the runtime's calendar (CaseAccess.Today): picks the legal basis version in force for a case not decided yet.
    DateOnly Today)
{
    /// <summary>The decision's number and date as issued through the register, when it was; they win over the recorded ones.</summary>
    public (string NumberAndSymbol, DateOnly IssuedOn)? RegisteredDecision { get; init; }

    /// <summary>The biên bản a Minutes document is made of; null: the latest.</summary>
    public Guid? MinutesId { get; init; }
}

/// <summary>
/// The mapping from case data to template fields (documented in templates/documents/README.md). A field whose source
/// is missing is not added; an empty string means "left blank on purpose" (e.g. the date of a document still to be
/// signed, the hours of a meeting to be written by hand).
/// </summary>
public static class CaseDocumentFields
{
    private static readonly DocumentKind[] Common = [DocumentKind.CaseWorkPlan, DocumentKind.Minutes, DocumentKind.ResultsReport, DocumentKind.ExtensionDecision, DocumentKind.SuspensionDecision];

    public static IReadOnlyList<DocumentKind> KindsFor(CaseKind kind) => kind == CaseKind.Inspection
        ? [DocumentKind.InspectionDecision, .. Common, DocumentKind.InspectionConclusion, DocumentKind.AnnouncementMinutes, DocumentKind.RecommendationLetter]
        : [DocumentKind.CheckDecision, .. Common, DocumentKind.CheckResultsNotice, DocumentKind.AnnouncementMinutes];

    /// <summary>"inspection-decision" (the template file's base name).</summary>
    public static string Slug(DocumentKind kind) => Path.GetFileNameWithoutExtension(DocumentTemplateStore.FileName(kind));

    public static bool TryParseKind(string value, out DocumentKind kind)
    {
        foreach (var k in Enum.GetValues<DocumentKind>())
            if (string.Equals(value, k.ToString(), StringComparison.OrdinalIgnoreCase) || string.Equals(value, Slug(k), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        kind = default;
        return false;
    }

    /// <summary>ASCII only (slug + case code, both generated), so it is safe in Content-Disposition and on any file system.</summary>
    public static string FileName(DocumentKind kind, string caseCode)
    {
        var code = new string(caseCode.Where(ch => ch is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-').ToArray());
        return $"{Slug(kind)}_{(code.Length == 0 ? "case" : code)}.docx";
    }

    public static Dictionary<string, string> Build(CaseDocumentData d, DocumentKind kind)
    {
        var c = d.Case;
        var a = d.Authority;
        var f = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string field, string? value) { if (value is not null) f[field] = value; }
        void SetText(string field, string? value) { if (!string.IsNullOrWhiteSpace(value)) f[field] = value.Trim(); }
        void SetDate(string field, DateOnly? value) { if (value is { } v) f[field] = OfficialText.ShortDate(v); }

        SetText("Authority.ParentName", a.ParentName);
        SetText("Authority.Name", a.Name);
        SetText("Authority.HeaderName", a.HeaderName.Length > 0 ? a.HeaderName : a.Name);
        SetText("Authority.Place", a.Place);
        SetText("Authority.HeadTitle", a.HeadTitle);
        SetText("Authority.LegalBasis", a.LegalBasis);
        // The "Căn cứ" lines of the law come from templates/legal-bases.json, in the version the case was decided under
        // (the one in force today before the decision); empty for a procedure the data cites nothing for (a blank line is dropped).
        Set("Legal.Bases", string.Join("\n", Legal.LegalBases.Get(c.Decision.LegalBasisVersion, c.Decision.Date ?? d.Today).CitationsFor(CaseWorkflows.LegalProcedure(c.Kind))));

        SetText("Case.DecisionNumber", d.RegisteredDecision is { } registered ? registered.NumberAndSymbol
            : c.Decision.Number is { } decisionNo ? NumberAndSymbol(decisionNo, "QĐ", a) : null);
        SetDate("Case.DecisionDate", d.RegisteredDecision?.IssuedOn ?? c.Decision.Date);
        Set("Case.KindName", c.Kind == CaseKind.Inspection ? "thanh tra" : "kiểm tra");
        SetText("Case.Subject", SubjectPhrase(c.Subject));
        SetText("Case.PlanReference", c.LegalBasis ?? (c.PlanItemId is not null && c.Decision.Date is { } dd ? $"Kế hoạch thanh tra, kiểm tra năm {dd.Year} đã được phê duyệt" : null));
        SetText("Case.ProposedBy", a.ProposedBy);
        SetText("Case.Period", Period(c) ?? c.Scope);

        // On-site dates: the recorded ones, else the expected ones (announcement or decision date + the definition's limit).
        var onSiteDays = d.Limits?.OnSite?.Days;
        if (onSiteDays is { } days) Set("Case.OnSiteDays", days.ToString(CultureInfo.InvariantCulture));
        var start = c.OnSiteStart ?? c.AnnouncedOn ?? c.Decision.Date;
        SetDate("Case.OnSiteStart", start);
        SetDate("Case.OnSiteEnd", c.OnSiteEnd ?? (start is { } s && d.Limits?.OnSite is { } lim ? d.Deadlines.Add(s, lim.Days, lim.IsWorking) : null));
        // Planned dates (in the decision and the work plan) come from the decision date and the limit only: a date
        // recorded later never rewrites what was planned.
        SetDate("Case.PlannedOnSiteStart", c.Decision.Date);
        SetDate("Case.PlannedOnSiteEnd", c.Decision.Date is { } ds && d.Limits?.OnSite is { } plim ? d.Deadlines.Add(ds, plim.Days, plim.IsWorking) : null);

        if (d.Unit is { } unit)
        {
            Set("Unit.Name", UnitNames.MidSentence(unit));
            Set("Unit.NameAtStart", unit.Name.Trim());
            Set("Unit.HeadTitle", UnitNames.HeadTitle(unit));
            Set("Unit.Overview", Overview(unit));
        }
        var rep = d.RepresentativeName?.Trim() ?? "";
        Set("Unit.RepresentativeName", rep);
        var unitName = d.Unit is { } u ? UnitNames.MidSentence(u) : null;
        Set("Unit.RepresentativeTitle", "Đại diện " + (unitName ?? "đơn vị"));
        Set("Unit.Representatives", rep.Length > 0 ? $"- {rep} - Đại diện {unitName};" : $"- Đại diện {unitName}: ……………………………;");

        if (c.TeamLeaderId is { } leaderId && d.PeopleNames.TryGetValue(leaderId, out var leader) && leader.Length > 0)
        {
            Set("Team.Leader", leader);
            Set("Team.Members", string.Join("\n", c.Team.Where(m => !m.IsLeader)
                .Select(m => d.PeopleNames.GetValueOrDefault(m.UserId, "")).Where(n => n.Length > 0).Select(n => $"- {n} - Thành viên;")));
        }

        switch (kind)
        {
            case DocumentKind.InspectionDecision or DocumentKind.CheckDecision:
                Signer(f, a, c.Decision.Signer);
                break;
            case DocumentKind.CaseWorkPlan:
                Set("Document.Number", NumberAndSymbol(null, "KH", a));
                Set("Document.Date", "");
                Set("Plan.Purpose", $"Đánh giá việc chấp hành quy định về {SubjectPhrase(c.Subject)} tại {unitName}.");
                SetText("Plan.Content", c.WorkPlan);
                // The approval block of the người ra quyết định: the approver's name once approved, else left to sign by hand.
                Set("Plan.ApproverPosition", a.HeadPosition);
                Set("Plan.ApprovedBy", c.WorkPlanApproved ? c.WorkPlanApprovedBy ?? "" : "");
                Set("Plan.ApprovedOn", c.WorkPlanApproved && c.WorkPlanApprovedOn is { } approvedOn ? $"Đã phê duyệt ngày {OfficialText.ShortDate(approvedOn)}" : "");
                if (f.TryGetValue("Case.PlannedOnSiteStart", out var planStart) && f.TryGetValue("Case.PlannedOnSiteEnd", out var planEnd))
                    Set("Plan.Schedule", $"Từ ngày {planStart} đến ngày {planEnd}: làm việc trực tiếp tại {unitName}; sau đó Đoàn tổng hợp, báo cáo kết quả.");
                break;
            case DocumentKind.Minutes:
                Set("Document.Number", NumberAndSymbol(null, "BB", a));
                // Each biên bản has its document (MinutesId); without one, the latest.
                if ((d.MinutesId is { } minutesId ? c.Minutes.FirstOrDefault(m => m.Id == minutesId) : c.Minutes.OrderBy(m => m.HeldOn).LastOrDefault()) is { } minutes)
                {
                    SetDate("Document.Date", minutes.HeldOn);
                    SetText("Minutes.Subject", minutes.Title);
                    SetDate("Minutes.Date", minutes.HeldOn);
                    SetText("Minutes.Content", minutes.Content);
                    Set("Minutes.StartTime", "…… giờ ……");
                    Set("Minutes.EndTime", "…… giờ ……");
                    Set("Minutes.Location", "trụ sở " + (unitName ?? ""));
                    Set("Minutes.Copies", "02");
                }
                break;
            case DocumentKind.ResultsReport:
                Set("Document.Number", NumberAndSymbol(c.ResultsReport.Number, "BC", a));
                SetDate("Document.Date", c.ResultsReport.Date);
                Report(f, c, c.ResultsReport.Text);
                break;
            case DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice:
                // The conclusion once signed; before that the draft, with number and date left blank for signing.
                Set("Document.Number", NumberAndSymbol(c.Conclusion.Number, kind == DocumentKind.CheckResultsNotice ? "TB" : "KL", a));
                Set("Document.Date", c.Conclusion.Date is { } cd ? OfficialText.ShortDate(cd) : "");
                // A check's notice rests on its biên bản kiểm tra (noi-vu.check v2 has no results report); v1 checks had one.
                SetDate("Report.Date", kind == DocumentKind.CheckResultsNotice && c.ResultsReport.Date is null
                    ? c.Minutes.OrderBy(m => m.HeldOn).LastOrDefault()?.HeldOn : c.ResultsReport.Date);
                Report(f, c, c.Conclusion.Text ?? c.DraftConclusion.Text);
                if (kind == DocumentKind.CheckResultsNotice) CheckNotice(f, c);
                Signer(f, a, c.Conclusion.Signer ?? c.Decision.Signer);
                break;
            case DocumentKind.ExtensionDecision:
                if (c.Extensions.OrderBy(e => e.DecidedOn).LastOrDefault() is { } ext)
                {
                    Set("Document.Number", NumberAndSymbol(ext.DecisionNumber, "QĐ", a));
                    SetDate("Document.Date", ext.DecidedOn);
                    Set("Extension.Days", ext.Days.ToString(CultureInfo.InvariantCulture));
                    SetText("Extension.Reason", ext.Grounds);
                    if (ExtensionPeriod(d, ext) is var (from, to)) { SetDate("Extension.From", from); SetDate("Extension.To", to); }
                }
                Signer(f, a, c.Decision.Signer);
                break;
            case DocumentKind.AnnouncementMinutes:
                Set("Document.Number", NumberAndSymbol(null, "BB", a));
                SetDate("Document.Date", c.AnnouncedOn);
                SetDate("Announcement.Date", c.AnnouncedOn);
                Set("Announcement.Location", "trụ sở " + (unitName ?? ""));
                break;
            case DocumentKind.RecommendationLetter:
                Set("Document.Number", NumberAndSymbol(null, "", a));
                Set("Document.Date", "");
                SetText("Case.ConclusionNumber", c.Conclusion.Number is { } conclusionNo ? NumberAndSymbol(conclusionNo, "KL", a) : null);
                SetDate("Case.ConclusionDate", c.Conclusion.Date);
                // Điều 52: to the competent authority over the inspected unit, here the province's people's committee.
                SetText("Letter.Recipient", a.ParentName.Length > 0 ? "Chủ tịch " + a.ParentName : null);
                Set("Letter.LegalBasis", "Điều 52 Luật Thanh tra số 84/2025/QH15");
                // The recommendations the conclusion decided (no confirmed violation: nothing to recommend, the letter is not made).
                if (c.Sanctions.Count > 0)
                    Set("Letter.Recommendations", string.Join("\n", c.Sanctions.Select((s, i) => $"{i + 1}. {SanctionName(s.Type)} đối với {s.Target.Trim()}"
                        + (s.AmountVnd is { } amt and > 0 ? $", số tiền {OfficialText.Number(amt)} đồng" : "")
                        + (s.Deadline is { } dl ? $", thời hạn thực hiện trước ngày {OfficialText.ShortDate(dl)}" : "") + ".")));
                Signer(f, a, c.Conclusion.Signer ?? c.Decision.Signer);
                break;
            case DocumentKind.SuspensionDecision:
                if (c.Suspensions.OrderBy(s => s.From).LastOrDefault() is { } sus)
                {
                    Set("Document.Number", NumberAndSymbol(sus.DecisionNumber, "QĐ", a));
                    Set("Document.Date", "");
                    SetDate("Suspension.From", sus.From);
                    SetText("Suspension.Reason", sus.Reason);
                }
                Signer(f, a, c.Decision.Signer);
                break;
        }
        return f;
    }

    /// <summary>
    /// The templates put the kind before the subject ("Thanh tra {{Case.Subject}}"), so a subject entered as
    /// "Thanh tra trách nhiệm ..." becomes "trách nhiệm ..." (first letter lowered unless it starts an acronym like UBND).
    /// </summary>
    public static string SubjectPhrase(string subject)
    {
        var s = subject.Trim();
        foreach (var prefix in new[] { "thanh tra ", "kiểm tra " })
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && s.Length > prefix.Length) { s = s[prefix.Length..].TrimStart(); break; }
        if (s.Length > 1 && char.IsUpper(s[0]) && char.IsLower(s[1])) s = char.ToLower(s[0], CultureInfo.GetCultureInfo("vi")) + s[1..];
        return s;
    }

    private static void Report(Dictionary<string, string> f, InspectionCase c, string? assessment)
    {
        if (!string.IsNullOrWhiteSpace(assessment)) f["Report.Assessment"] = assessment.Trim();
        var findings = c.Findings.Where(x => x.Status == FindingStatus.Confirmed).ToList();
        f["Report.Findings"] = findings.Count == 0
            ? "Qua " + (c.Kind == CaseKind.Inspection ? "thanh tra" : "kiểm tra") + " chưa phát hiện vi phạm."
            : string.Join("\n", findings.Select((x, i) => $"{i + 1}. {x.Description.Trim()} (mức độ: {SeverityName(x.Severity)}"
                + (x.AmountVnd is { } amt and > 0 ? $"; số tiền: {OfficialText.Number(amt)} đồng" : "")
                + (string.IsNullOrWhiteSpace(x.Responsible) ? "" : $"; trách nhiệm: {x.Responsible.Trim()}") + ")."));
        // Nothing to recover or sanction where no violation was confirmed: the text after "chưa phát hiện vi phạm" says so.
        f["Report.Recommendations"] = findings.Count == 0
            ? "Không có kiến nghị xử lý vi phạm. Đề nghị đơn vị tiếp tục duy trì, phát huy những kết quả đã đạt được."
            : c.Sanctions.Count > 0
            ? string.Join("\n", c.Sanctions.Select((s, i) => $"{i + 1}. {SanctionName(s.Type)} đối với {s.Target.Trim()}"
                + (s.AmountVnd is { } amt and > 0 ? $", số tiền {OfficialText.Number(amt)} đồng" : "")
                + (s.Deadline is { } dl ? $", thời hạn thực hiện trước ngày {OfficialText.ShortDate(dl)}" : "") + "."))
            : string.Join("\n", findings.Where(x => x.AmountVnd is > 0)
                .Select((x, i) => $"{i + 1}. Kiến nghị thu hồi {OfficialText.Number(x.AmountVnd!.Value)} đồng ({x.Description.Trim()})."));
    }

    public const string CancelledMark = "ĐÃ HỦY";
    /// <summary>A document not issued through the register (Nghị định 30/2020, Phụ lục III: "dự thảo" marks a draft).</summary>
    public const string DraftMark = "DỰ THẢO";

    /// <summary>Chữ viết tắt tên loại văn bản (Phụ lục III) of each kind.</summary>
    public static string KindAbbreviation(DocumentKind kind) => kind switch
    {
        DocumentKind.CaseWorkPlan => "KH",
        DocumentKind.Minutes => "BB",
        DocumentKind.ResultsReport => "BC",
        DocumentKind.InspectionConclusion => "KL",
        DocumentKind.CheckResultsNotice => "TB",
        DocumentKind.AnnouncementMinutes => "BB",
        DocumentKind.RecommendationLetter => "", // a công văn: the body's abbreviation only ("…/TTr")
        _ => "QĐ",
    };

    /// <summary>The symbol the register gives the kind: "QĐ-TTr", "TB-SNV".</summary>
    public static string Symbol(DocumentKind kind, AuthorityProfile a) => KindAbbreviation(kind) is var k && k.Length == 0 ? a.Symbol
        : a.Symbol.Length > 0 ? $"{k}-{a.Symbol}" : k;

    /// <summary>The field a template line is made of when it is one placeholder ("{{Document.Number}}"), else null.</summary>
    public static string? FieldOf(string templateText)
        => DocumentTemplate.Placeholder().Match(templateText.Trim()) is { Success: true } m && m.Value.Length == templateText.Trim().Length ? m.Groups[1].Value : null;

    /// <summary>The signer text the kind uses (conclusion signer for a conclusion / notice, else the decision signer).</summary>
    public static string? SignerText(InspectionCase c, DocumentKind kind) => kind is DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice or DocumentKind.RecommendationLetter
        ? c.Conclusion.Signer ?? c.Decision.Signer
        : c.Decision.Signer;

    /// <summary>
    /// The field holding a signer who is not of the issuing body (e.g. a Sở Nội vụ document signed "Chánh Thanh tra"),
    /// null when the signer is fine or absent (an absent one is a missing field). Only documents the head signs.
    /// </summary>
    public static string? SignerProblem(CaseDocumentData d, DocumentKind kind)
    {
        if (kind is DocumentKind.CaseWorkPlan or DocumentKind.Minutes or DocumentKind.ResultsReport or DocumentKind.AnnouncementMinutes) return null;
        var text = SignerText(d.Case, kind);
        if (string.IsNullOrWhiteSpace(text) || SignaturePosition(d.Authority, text.Split(" - ", 2, StringSplitOptions.TrimEntries)[0]) is not null) return null;
        return kind is DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice or DocumentKind.RecommendationLetter && d.Case.Conclusion.Signer is not null
            ? "Case.ConclusionSigner" : "Case.DecisionSigner";
    }

    /// <summary>
    /// The authority line and the position printed over the signature (Phụ lục I, mục II.7): the head signs under
    /// the position alone ("CHÁNH THANH TRA", without the agency); a deputy "KT. CHÁNH THANH TRA" / "PHÓ CHÁNH THANH
    /// TRA"; an acting head "Q. GIÁM ĐỐC". Null when the position is not one of the issuing body.
    /// </summary>
    public static (string Prefix, string Position)? SignaturePosition(AuthorityProfile a, string position)
    {
        var p = position.Trim();
        bool Is(string title) => title.Length > 0 && (p.Equals(title, StringComparison.OrdinalIgnoreCase)
            || (p.StartsWith(title + " ", StringComparison.OrdinalIgnoreCase) && AgencySuffix(a, p[(title.Length + 1)..])));
        if (Is(a.DeputyPosition)) return (a.DeputySignaturePrefix, a.DeputyPosition);
        if (p.StartsWith("Quyền ", StringComparison.OrdinalIgnoreCase) && Is("Quyền " + a.HeadPosition)) return ("", "Q. " + a.HeadPosition);
        if (Is(a.HeadPosition)) return ("", a.HeadPosition);
        return null;
    }

    // "tỉnh", "Sở", "Sở Nội vụ", "Thanh tra tỉnh Quảng Ngãi": words after the position naming the body itself.
    private static bool AgencySuffix(AuthorityProfile a, string rest)
    {
        var r = rest.Trim();
        return r.Length == 0 || a.Name.Contains(r, StringComparison.OrdinalIgnoreCase) || a.HeaderName.Contains(r, StringComparison.OrdinalIgnoreCase)
            || r.Equals("tỉnh", StringComparison.OrdinalIgnoreCase) && a.HeaderName.Contains("tỉnh", StringComparison.OrdinalIgnoreCase);
    }

    private static void Signer(Dictionary<string, string> f, AuthorityProfile a, string? signer)
    {
        if (string.IsNullOrWhiteSpace(signer)) return;
        // "Phó Chánh Thanh tra - Võ Minh Châu": position and name. A position alone leaves Signer.Name out: the engine
        // then names it as missing (an official document carries the signer's name).
        var parts = signer.Split(" - ", 2, StringSplitOptions.TrimEntries);
        if (SignaturePosition(a, parts[0]) is not var (prefix, position)) return; // refused before, see SignerProblem
        f["Signer.Position"] = position;
        f["Signer.AuthorityPrefix"] = prefix;
        if (parts.Length > 1 && parts[1].Length > 0) f["Signer.Name"] = parts[1];
    }

    /// <summary>
    /// Số và ký hiệu (Phụ lục I, mục II.4): "12/QĐ-TTr". A recorded number keeps its symbol when it is of this kind; a
    /// number alone, or one carrying another kind's symbol (a notice recorded as "05/KL-SNV"), gets the kind's symbol; a
    /// blank number keeps the symbol with room to write the number ("     /BC-SNV").
    /// </summary>
    public static string NumberAndSymbol(string? recorded, string kindAbbreviation, AuthorityProfile a)
    {
        var symbol = kindAbbreviation.Length == 0 ? a.Symbol : a.Symbol.Length > 0 ? $"{kindAbbreviation}-{a.Symbol}" : kindAbbreviation;
        var text = recorded?.Trim() ?? "";
        if (text.Length == 0) return "      /" + symbol;
        var slash = text.IndexOf('/');
        if (slash < 0) return $"{text}/{symbol}";
        var recordedSymbol = text[(slash + 1)..];
        return recordedSymbol.StartsWith(kindAbbreviation + "-", StringComparison.Ordinal) || recordedSymbol == kindAbbreviation
            ? text
            : $"{text[..slash]}/{symbol}";
    }

    /// <summary>
    /// The check results notice (Thông báo kết quả kiểm tra): what was achieved (criteria met), the shortcomings and
    /// violations (criteria not met, confirmed findings) and every KH534 criterion's result, each under its own heading.
    /// </summary>
    private static void CheckNotice(Dictionary<string, string> f, InspectionCase c)
    {
        string Line(ChecklistItem i) => $"- {i.CriterionCode} {i.Title.Trim()}" + (string.IsNullOrWhiteSpace(i.MeasuredValue) ? "" : $": {i.MeasuredValue.Trim()}")
            + (string.IsNullOrWhiteSpace(i.Target) ? "" : $" (yêu cầu: {i.Target.Trim()})") + ";";
        var met = c.Checklist.Where(i => i.Result == CheckResult.Met).OrderBy(i => i.CriterionCode, StringComparer.Ordinal).ToList();
        var notMet = c.Checklist.Where(i => i.Result == CheckResult.NotMet).OrderBy(i => i.CriterionCode, StringComparer.Ordinal).ToList();
        var findings = c.Findings.Where(x => x.Status == FindingStatus.Confirmed).ToList();
        f["Check.Achieved"] = met.Count > 0
            ? "Đơn vị đạt các tiêu chí:\n" + string.Join("\n", met.Select(Line))
            : "Chưa có tiêu chí nào được đánh giá đạt.";
        var shortcomings = notMet.Select(i => Line(i) + " chưa đạt.").ToList();
        shortcomings.AddRange(findings.Select(x => $"- {x.Description.Trim()} (mức độ: {SeverityName(x.Severity)}"
            + (x.AmountVnd is { } amt and > 0 ? $"; số tiền: {OfficialText.Number(amt)} đồng" : "") + ")."));
        f["Check.Shortcomings"] = shortcomings.Count > 0 ? string.Join("\n", shortcomings) : "Qua kiểm tra chưa phát hiện tồn tại, vi phạm.";
        var results = c.Checklist.Where(i => i.CriterionCode.StartsWith("KH534", StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.CriterionCode, StringComparer.Ordinal)
            .Select(i => $"- {i.CriterionCode} {i.Title.Trim()}: {CheckResultName(i.Result)}" + (string.IsNullOrWhiteSpace(i.MeasuredValue) ? "" : $" ({i.MeasuredValue.Trim()})") + ";")
            .ToList();
        f["Check.CriteriaResults"] = results.Count > 0 ? string.Join("\n", results) : "Không có tiêu chí Kế hoạch 534 trong phạm vi kiểm tra.";
    }

    public static string CheckResultName(CheckResult r) => r switch
    {
        CheckResult.Met => "đạt",
        CheckResult.NotMet => "không đạt",
        CheckResult.NotApplicable => "không áp dụng",
        _ => "chưa đánh giá",
    };

    private static string? Period(InspectionCase c) => (c.PeriodFrom, c.PeriodTo) switch
    {
        ({ } from, { } to) => $"từ ngày {OfficialText.ShortDate(from)} đến ngày {OfficialText.ShortDate(to)}",
        ({ } from, null) => $"từ ngày {OfficialText.ShortDate(from)}",
        (null, { } to) => $"đến ngày {OfficialText.ShortDate(to)}",
        _ => null,
    };

    private static (DateOnly From, DateOnly To)? ExtensionPeriod(CaseDocumentData d, CaseExtension ext)
    {
        var c = d.Case;
        if (d.Limits?.OnSite is not { } lim || c.OnSiteStart is not { } start) return null;
        var before = c.Extensions.Where(e => e.Id != ext.Id && (e.DecidedOn < ext.DecidedOn)).Sum(e => e.Days);
        var suspended = c.Suspensions.Sum(s => s.CalendarDaysOn(d.Today));
        var dueBefore = d.Deadlines.Add(start, lim.Days + before + (lim.IsWorking ? 0 : suspended), lim.IsWorking);
        var dueAfter = d.Deadlines.Add(dueBefore, ext.Days, lim.IsWorking);
        return (dueBefore.AddDays(1), dueAfter);
    }

    private static string Overview(Unit unit) => unit.Kind switch
    {
        UnitKind.Department => $"{unit.Name} là cơ quan chuyên môn thuộc UBND tỉnh.",
        UnitKind.Commune => $"{unit.Name} là đơn vị hành chính cấp xã.",
        UnitKind.Ward => $"{unit.Name} là đơn vị hành chính cấp xã (phường).",
        UnitKind.SpecialZone => $"{unit.Name} là đơn vị hành chính cấp xã (đặc khu).",
        _ => unit.Name,
    };
    public static string SeverityName(FindingSeverity s) => s switch
    {
        FindingSeverity.Minor => "nhẹ",
        FindingSeverity.Moderate => "trung bình",
        FindingSeverity.Serious => "nghiêm trọng",
        FindingSeverity.VerySerious => "rất nghiêm trọng",
        _ => s.ToString(),
    };

    public static string SanctionName(SanctionType t) => t switch
    {
        SanctionType.AdministrativeFine => "Xử phạt vi phạm hành chính",
        SanctionType.Discipline => "Xử lý kỷ luật",
        SanctionType.Recovery => "Thu hồi tiền, tài sản",
        SanctionType.ReferralToInvestigation => "Chuyển cơ quan điều tra",
        SanctionType.CorrectiveRecommendation => "Kiến nghị khắc phục",
        _ => t.ToString(),
    };
}


/// <summary>How a unit is named inside a sentence and how its head is titled (Nghị định 30/2020, Phụ lục II on capitals).</summary>
public static class UnitNames
{
    private static readonly string[] KindWords = ["Xã ", "Phường ", "Đặc khu "];

    /// <summary>
    /// "Phường Cẩm Thành" → "phường Cẩm Thành" mid-sentence: the kind of a commune-level unit is a common noun, only the
    /// proper name keeps its capitals ("UBND Đặc khu Lý Sơn" → "UBND đặc khu Lý Sơn"); a department's name is unchanged.
    /// </summary>
    public static string MidSentence(Unit unit)
    {
        var name = unit.Name.Trim();
        if (unit.Kind == UnitKind.Department) return name;
        foreach (var word in KindWords)
        {
            var at = name.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || name[at - 1] == ' '))
                return name[..at] + word.ToLower(CultureInfo.GetCultureInfo("vi")) + name[(at + word.Length)..];
        }
        return name;
    }

    /// <summary>"Chủ tịch UBND phường Cẩm Thành", "Giám đốc Sở Tài chính", "Trưởng đặc khu Lý Sơn".</summary>
    public static string HeadTitle(Unit unit)
    {
        var name = MidSentence(unit);
        const string ubnd = "UBND ";
        var bare = name.StartsWith(ubnd, StringComparison.Ordinal) ? name[ubnd.Length..] : name;
        return unit.Kind switch
        {
            UnitKind.Department => bare.StartsWith("Sở ", StringComparison.Ordinal) ? "Giám đốc " + bare : "Thủ trưởng " + bare,
            UnitKind.SpecialZone => "Trưởng " + bare,
            _ => "Chủ tịch UBND " + bare,
        };
    }
}
