using System.Globalization;
using InspectionSuite.Cases;
using InspectionSuite.Documents;
using InspectionSuite.Identity;
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
    LibreOfficePdfConverter pdf) : ICaseDocumentAppService
{
    public async Task<GeneratedFile> GeneratePdfAsync(Guid caseId, DocumentKind kind, CancellationToken ct = default)
    {
        var docx = await GenerateAsync(caseId, kind, ct); // visibility and data first: 404 / missing fields as for the .docx
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
        var data = await LoadDataAsync(@case, parties, ct); // once for all kinds: the case page lists every document
        var result = new List<CaseDocumentAvailabilityDto>();
        foreach (var kind in CaseDocumentFields.KindsFor(@case.Kind))
        {
            if (unitView && !UnitRepresentativeView.MaySee(kind, @case)) continue;
            var fields = CaseDocumentFields.Build(data, kind);
            var template = await templates.LoadAsync(kind, ct);
            var missing = template.Fields.Where(f => !fields.ContainsKey(f)).ToList();
            result.Add(new CaseDocumentAvailabilityDto(kind, CaseDocumentFields.Slug(kind), template.Name, missing.Count == 0, missing));
        }
        return result;
    }

    public async Task<GeneratedFile> GenerateAsync(Guid caseId, DocumentKind kind, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        if (!CaseDocumentFields.KindsFor(@case.Kind).Contains(kind))
            throw new BusinessException(DocumentErrorCodes.DocumentNotApplicable, kind.ToString(), @case.Kind.ToString());
        // The unit's representative gets only the documents addressed to the unit; the others do not exist for them.
        if (await access.IsUnitRepresentativeAsync(ct) && !UnitRepresentativeView.MaySee(kind, @case))
            throw new EntityNotFoundException(nameof(DocumentKind), kind.ToString());
        var data = await LoadDataAsync(@case, await access.GetPartiesAsync(@case, ct), ct);
        if (CaseDocumentFields.SignerProblem(data, kind) is { } field)
            throw new BusinessException(DocumentErrorCodes.SignerNotOfAuthority, field, CaseDocumentFields.SignerText(@case, kind) ?? "", data.Authority.Name)
            {
                Errors = new Dictionary<string, string[]> { [field] = [DocumentErrorCodes.SignerNotOfAuthority] },
            };
        var fields = CaseDocumentFields.Build(data, kind);
        // A cancelled case never prints a clean document: every page it gives is marked.
        var mark = @case.State == CaseStates.Cancelled ? CaseDocumentFields.CancelledMark : "";
        var bytes = await generator.GenerateAsync(kind, fields, mark, ct);
        return new GeneratedFile(CaseDocumentFields.FileName(kind, @case.Code), GeneratedFile.DocxContentType, bytes);
    }

    private async Task<CaseDocumentData> LoadDataAsync(InspectionCase @case, CaseAccess.CaseParties parties, CancellationToken ct)
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
        return new CaseDocumentData(@case, unit, options.For(@case.Authority), names, representative, limits, deadlines, access.Today);
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
    DateOnly Today);

/// <summary>
/// The mapping from case data to template fields (documented in templates/documents/README.md). A field whose source
/// is missing is not added; an empty string means "left blank on purpose" (e.g. the date of a document still to be
/// signed, the hours of a meeting to be written by hand).
/// </summary>
public static class CaseDocumentFields
{
    private static readonly DocumentKind[] Common = [DocumentKind.CaseWorkPlan, DocumentKind.Minutes, DocumentKind.ResultsReport, DocumentKind.ExtensionDecision, DocumentKind.SuspensionDecision];

    public static IReadOnlyList<DocumentKind> KindsFor(CaseKind kind) => kind == CaseKind.Inspection
        ? [DocumentKind.InspectionDecision, .. Common, DocumentKind.InspectionConclusion]
        : [DocumentKind.CheckDecision, .. Common, DocumentKind.CheckResultsNotice];

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

        SetText("Case.DecisionNumber", c.Decision.Number is { } decisionNo ? NumberAndSymbol(decisionNo, "QĐ", a) : null);
        SetDate("Case.DecisionDate", c.Decision.Date);
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
                if (f.TryGetValue("Case.PlannedOnSiteStart", out var planStart) && f.TryGetValue("Case.PlannedOnSiteEnd", out var planEnd))
                    Set("Plan.Schedule", $"Từ ngày {planStart} đến ngày {planEnd}: làm việc trực tiếp tại {unitName}; sau đó Đoàn tổng hợp, báo cáo kết quả.");
                break;
            case DocumentKind.Minutes:
                Set("Document.Number", NumberAndSymbol(null, "BB", a));
                if (c.Minutes.OrderBy(m => m.HeldOn).LastOrDefault() is { } minutes)
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

    /// <summary>The signer text the kind uses (conclusion signer for a conclusion / notice, else the decision signer).</summary>
    public static string? SignerText(InspectionCase c, DocumentKind kind) => kind is DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice
        ? c.Conclusion.Signer ?? c.Decision.Signer
        : c.Decision.Signer;

    /// <summary>
    /// The field holding a signer who is not of the issuing body (e.g. a Sở Nội vụ document signed "Chánh Thanh tra"),
    /// null when the signer is fine or absent (an absent one is a missing field). Only documents the head signs.
    /// </summary>
    public static string? SignerProblem(CaseDocumentData d, DocumentKind kind)
    {
        if (kind is DocumentKind.CaseWorkPlan or DocumentKind.Minutes or DocumentKind.ResultsReport) return null;
        var text = SignerText(d.Case, kind);
        if (string.IsNullOrWhiteSpace(text) || SignaturePosition(d.Authority, text.Split(" - ", 2, StringSplitOptions.TrimEntries)[0]) is not null) return null;
        return kind is DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice && d.Case.Conclusion.Signer is not null
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
        var symbol = a.Symbol.Length > 0 ? $"{kindAbbreviation}-{a.Symbol}" : kindAbbreviation;
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
        var suspended = c.Suspensions.Sum(s => s.CalendarDays);
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
