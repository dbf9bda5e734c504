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
    IWorkflowRuntime runtime,
    CaseDeadlineCalculator deadlines,
    DocumentTemplateStore templates,
    OfficialDocumentGenerator generator,
    DocumentOptions options) : ICaseDocumentAppService
{
    public async Task<IReadOnlyList<CaseDocumentAvailabilityDto>> GetAvailableAsync(Guid caseId, CancellationToken ct = default)
    {
        var @case = await access.GetAsync(caseId, P.Default, ct);
        var data = await LoadDataAsync(@case, ct); // once for all kinds: the case page lists every document
        var result = new List<CaseDocumentAvailabilityDto>();
        foreach (var kind in CaseDocumentFields.KindsFor(@case.Kind))
        {
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
        var fields = CaseDocumentFields.Build(await LoadDataAsync(@case, ct), kind);
        var bytes = await generator.GenerateAsync(kind, fields, ct);
        return new GeneratedFile(CaseDocumentFields.FileName(kind, @case.Code), GeneratedFile.DocxContentType, bytes);
    }

    private async Task<CaseDocumentData> LoadDataAsync(InspectionCase @case, CancellationToken ct)
    {
        var unit = await access.GetUnitAsync(@case.UnitId, ct);
        var people = await access.GetPeopleAsync(@case.Team.Select(m => m.UserId).ToList(), ct);
        var names = people.Values.ToDictionary(p => p.Id, p => string.IsNullOrWhiteSpace(p.FullName) ? p.UserName : p.FullName);
        var representative = await users.FirstOrDefaultAsync(users.Query().Where(u => u.UnitId == @case.UnitId).OrderBy(u => u.UserName).Select(u => u.FullName), ct);

        CaseDeadlineCalculator.Limits? limits = null;
        if (@case.WorkflowInstanceId is { } instanceId)
        {
            var instance = await runtime.GetInstanceAsync(instanceId, ct);
            limits = await deadlines.GetLimitsAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        }
        return new CaseDocumentData(@case, unit, options.For(@case.Authority), names, representative, limits, deadlines);
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
    CaseDeadlineCalculator Deadlines);

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
        SetText("Authority.Place", a.Place);
        SetText("Authority.HeadTitle", a.HeadTitle);
        SetText("Authority.LegalBasis", a.LegalBasis);

        SetText("Case.DecisionNumber", c.DecisionNumber);
        SetDate("Case.DecisionDate", c.DecisionDate);
        Set("Case.KindName", c.Kind == CaseKind.Inspection ? "thanh tra" : "kiểm tra");
        SetText("Case.Subject", SubjectPhrase(c.Subject));
        SetText("Case.PlanReference", c.LegalBasis ?? (c.PlanItemId is not null && c.DecisionDate is { } dd ? $"Kế hoạch thanh tra, kiểm tra năm {dd.Year} đã được phê duyệt" : null));
        SetText("Case.ProposedBy", a.ProposedBy);
        SetText("Case.Period", Period(c) ?? c.Scope);

        // On-site dates: the recorded ones, else the expected ones (announcement or decision date + the definition's limit).
        var onSiteDays = d.Limits?.OnSite?.Days;
        if (onSiteDays is { } days) Set("Case.OnSiteDays", days.ToString(CultureInfo.InvariantCulture));
        var start = c.OnSiteStart ?? c.AnnouncedOn ?? c.DecisionDate;
        SetDate("Case.OnSiteStart", start);
        SetDate("Case.OnSiteEnd", c.OnSiteEnd ?? (start is { } s && d.Limits?.OnSite is { } lim ? d.Deadlines.Add(s, lim.Days, lim.IsWorking) : null));

        SetText("Unit.Name", d.Unit?.Name);
        if (d.Unit is { } unit) Set("Unit.Overview", Overview(unit));
        var rep = d.RepresentativeName?.Trim() ?? "";
        Set("Unit.RepresentativeName", rep);
        Set("Unit.RepresentativeTitle", "Đại diện " + (d.Unit?.Name ?? "đơn vị"));
        Set("Unit.Representatives", rep.Length > 0 ? $"- {rep} - Đại diện {d.Unit?.Name};" : $"- Đại diện {d.Unit?.Name}: ……………………………;");

        if (c.TeamLeaderId is { } leaderId && d.PeopleNames.TryGetValue(leaderId, out var leader) && leader.Length > 0)
        {
            Set("Team.Leader", leader);
            Set("Team.Members", string.Join("\n", c.Team.Where(m => !m.IsLeader)
                .Select(m => d.PeopleNames.GetValueOrDefault(m.UserId, "")).Where(n => n.Length > 0).Select(n => $"- {n} - Thành viên;")));
        }

        switch (kind)
        {
            case DocumentKind.InspectionDecision or DocumentKind.CheckDecision:
                Signer(f, a, c.DecisionSigner);
                break;
            case DocumentKind.CaseWorkPlan:
                Set("Document.Number", "");
                Set("Document.Date", "");
                Set("Plan.Purpose", $"Đánh giá việc chấp hành quy định về {c.Subject.Trim()} tại {d.Unit?.Name}.");
                SetText("Plan.Content", c.WorkPlan);
                if (start is not null && f.TryGetValue("Case.OnSiteEnd", out var end))
                    Set("Plan.Schedule", $"Từ ngày {OfficialText.ShortDate(start.Value)} đến ngày {end}: làm việc trực tiếp tại {d.Unit?.Name}; sau đó Đoàn tổng hợp, báo cáo kết quả.");
                break;
            case DocumentKind.Minutes:
                Set("Document.Number", "");
                if (c.Minutes.OrderBy(m => m.HeldOn).LastOrDefault() is { } minutes)
                {
                    SetDate("Document.Date", minutes.HeldOn);
                    SetText("Minutes.Subject", minutes.Title);
                    SetDate("Minutes.Date", minutes.HeldOn);
                    SetText("Minutes.Content", minutes.Content);
                    Set("Minutes.StartTime", "…… giờ ……");
                    Set("Minutes.EndTime", "…… giờ ……");
                    Set("Minutes.Location", "trụ sở " + (d.Unit?.Name ?? ""));
                    Set("Minutes.Copies", "02");
                }
                break;
            case DocumentKind.ResultsReport:
                Set("Document.Number", c.ResultsReportNumber ?? "");
                SetDate("Document.Date", c.ResultsReportDate);
                Report(f, c, c.ResultsReportText);
                break;
            case DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice:
                // The conclusion once signed; before that the draft, with number and date left blank for signing.
                Set("Document.Number", c.ConclusionNumber ?? "");
                Set("Document.Date", c.ConclusionDate is { } cd ? OfficialText.ShortDate(cd) : "");
                // A check's notice rests on its biên bản kiểm tra (noi-vu.check v2 has no results report); v1 checks had one.
                SetDate("Report.Date", kind == DocumentKind.CheckResultsNotice && c.ResultsReportDate is null
                    ? c.Minutes.OrderBy(m => m.HeldOn).LastOrDefault()?.HeldOn : c.ResultsReportDate);
                Report(f, c, c.ConclusionText ?? c.DraftConclusionText);
                Signer(f, a, c.ConclusionSigner ?? c.DecisionSigner);
                break;
            case DocumentKind.ExtensionDecision:
                if (c.Extensions.OrderBy(e => e.DecidedOn).LastOrDefault() is { } ext)
                {
                    SetText("Document.Number", ext.DecisionNumber);
                    SetDate("Document.Date", ext.DecidedOn);
                    Set("Extension.Days", ext.Days.ToString(CultureInfo.InvariantCulture));
                    SetText("Extension.Reason", ext.Grounds);
                    if (ExtensionPeriod(d, ext) is var (from, to)) { SetDate("Extension.From", from); SetDate("Extension.To", to); }
                }
                Signer(f, a, c.DecisionSigner);
                break;
            case DocumentKind.SuspensionDecision:
                if (c.Suspensions.OrderBy(s => s.From).LastOrDefault() is { } sus)
                {
                    SetText("Document.Number", sus.DecisionNumber);
                    Set("Document.Date", "");
                    SetDate("Suspension.From", sus.From);
                    SetText("Suspension.Reason", sus.Reason);
                }
                Signer(f, a, c.DecisionSigner);
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
        f["Report.Recommendations"] = c.Sanctions.Count > 0
            ? string.Join("\n", c.Sanctions.Select((s, i) => $"{i + 1}. {SanctionName(s.Type)} đối với {s.Target.Trim()}"
                + (s.AmountVnd is { } amt and > 0 ? $", số tiền {OfficialText.Number(amt)} đồng" : "")
                + (s.Deadline is { } dl ? $", thời hạn thực hiện trước ngày {OfficialText.ShortDate(dl)}" : "") + "."))
            : string.Join("\n", findings.Where(x => x.AmountVnd is > 0)
                .Select((x, i) => $"{i + 1}. Kiến nghị thu hồi {OfficialText.Number(x.AmountVnd!.Value)} đồng ({x.Description.Trim()})."));
    }

    private static void Signer(Dictionary<string, string> f, AuthorityProfile a, string? signer)
    {
        if (string.IsNullOrWhiteSpace(signer)) return;
        // "Phó Chánh Thanh tra - Võ Minh Châu": position and name; a position alone leaves the name to be written at signing.
        var parts = signer.Split(" - ", 2, StringSplitOptions.TrimEntries);
        var position = parts[0];
        f["Signer.Position"] = position;
        f["Signer.Name"] = parts.Length > 1 ? parts[1] : "";
        f["Signer.AuthorityPrefix"] = position.StartsWith("Phó", StringComparison.OrdinalIgnoreCase) ? a.DeputySignaturePrefix : "";
    }

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
