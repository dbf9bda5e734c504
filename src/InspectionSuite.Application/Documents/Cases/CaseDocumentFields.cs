using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Documents;

/// <summary>
/// The mapping from case data to template fields (documented in templates/documents/README.md). A field whose source
/// is missing is not added; an empty string means "left blank on purpose" (e.g. the date of a document still to be
/// signed, the hours of a meeting to be written by hand).
/// </summary>
public static partial class CaseDocumentFields
{
    private static readonly DocumentKind[] Common = [DocumentKind.CaseWorkPlan, DocumentKind.Minutes, DocumentKind.ResultsReport, DocumentKind.ExtensionDecision, DocumentKind.SuspensionDecision, DocumentKind.TeamChangeDecision];

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

    /// <summary>
    /// The issuing body's letterhead and signature-block fields (Authority.*), the same on every document it issues (case
    /// documents and the annual plan); a blank value is not added.
    /// </summary>
    internal static void AddLetterhead(Dictionary<string, string> fields, AuthorityProfile a)
    {
        void SetText(string field, string? value) { if (!string.IsNullOrWhiteSpace(value)) fields[field] = value.Trim(); }
        SetText("Authority.ParentName", a.ParentName);
        SetText("Authority.Name", a.Name);
        SetText("Authority.HeaderName", a.HeaderName.Length > 0 ? a.HeaderName : a.Name);
        SetText("Authority.Place", a.Place);
        SetText("Authority.HeadTitle", a.HeadTitle);
        SetText("Authority.LegalBasis", a.LegalBasis);
    }

    public static Dictionary<string, string> Build(CaseDocumentData d, DocumentKind kind)
    {
        var f = CommonFields(d);
        AddKindFields(f, d, kind);
        return f;
    }

    /// <summary>
    /// <see cref="Build(CaseDocumentData, DocumentKind)"/> from the fields every kind shares (<see cref="CommonFields"/>), made
    /// once by a reader of every kind (the case page lists them all, issue 19: they were made again for each of ~ten kinds).
    /// </summary>
    public static Dictionary<string, string> Build(IReadOnlyDictionary<string, string> common, CaseDocumentData d, DocumentKind kind)
    {
        var f = new Dictionary<string, string>(common, StringComparer.Ordinal);
        AddKindFields(f, d, kind);
        return f;
    }

    /// <summary>The fields that do not depend on the kind of document: letterhead, legal bases, case, unit and team.</summary>
    public static Dictionary<string, string> CommonFields(CaseDocumentData d)
    {
        var c = d.Case;
        var a = d.Authority;
        var f = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string field, string? value) { if (value is not null) f[field] = value; }
        void SetText(string field, string? value) { if (!string.IsNullOrWhiteSpace(value)) f[field] = value.Trim(); }
        void SetDate(string field, DateOnly? value) { if (value is { } v) f[field] = OfficialText.ShortDate(v); }

        AddLetterhead(f, a);
        // The "Căn cứ" lines of the law come from templates/legal-bases.json, in the version the case was decided under
        // (the one in force today before the decision); empty for a procedure the data cites nothing for (a blank line is dropped).
        Set("Legal.Bases", string.Join("\n", Legal.LegalBases.Get(c.Decision.LegalBasisVersion, c.Decision.Date ?? d.Today).CitationsFor(CaseWorkflows.LegalProcedure(c.Kind))));

        SetText("Case.DecisionNumber", d.RegisteredDecision is { } registered ? registered.NumberAndSymbol
            : c.Decision.Number is { } decisionNo ? NumberAndSymbol(decisionNo, "QĐ", a) : null);
        SetDate("Case.DecisionDate", d.RegisteredDecision?.IssuedOn ?? c.Decision.Date);
        Set("Case.KindName", c.Kind == CaseKind.Inspection ? "thanh tra" : "kiểm tra");
        SetText("Case.Subject", AccountableSubject(c));
        SetText("Case.PlanReference", c.LegalBasis ?? (c.PlanItemId is not null && c.Decision.Date is { } dd ? $"Kế hoạch thanh tra, kiểm tra năm {dd.Year} đã được phê duyệt" : null));
        SetText("Case.ProposedBy", a.ProposedBy);
        SetText("Case.Period", Period(c) ?? c.Scope);

        // On-site dates: the recorded ones, else the expected ones (announcement or decision date + the definition's limit).
        var onSiteDays = d.Limits?.OnSite?.Days;
        if (onSiteDays is { } days) Set("Case.OnSiteDays", days.ToString(CultureInfo.InvariantCulture));
        var start = c.OnSiteStart ?? c.AnnouncedOn ?? c.Decision.Date;
        SetDate("Case.OnSiteStart", start);
        SetDate("Case.OnSiteEnd", c.OnSiteEnd ?? (start is { } s && d.Limits?.OnSite is { } lim ? d.Deadlines.Add(s, lim.Days, lim.IsWorking) : null));
        // Planned dates (in the decision and the work plan): the ones set on the case until the decision (issue 18), else
        // computed from the decision date and the limit. A date recorded later (SetOnSitePeriod) never rewrites them.
        var plannedStart = c.PlannedOnSiteStart ?? c.Decision.Date;
        SetDate("Case.PlannedOnSiteStart", plannedStart);
        SetDate("Case.PlannedOnSiteEnd", c.PlannedOnSiteEnd
            ?? (plannedStart is { } ds && d.Limits?.OnSite is { } plim ? d.Deadlines.Add(ds, plim.Days, plim.IsWorking) : null));

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
        // Under "ĐẠI DIỆN ĐƠN VỊ" the unit it speaks for (the representative's own position is not recorded): not a
        // second "Đại diện …" line.
        Set("Unit.RepresentativeTitle", d.Unit?.Name.Trim() ?? "");
        Set("Unit.Representatives", rep.Length > 0 ? $"- {rep} - Đại diện {unitName};" : $"- Đại diện {unitName}: ……………………………;");

        if (c.TeamLeaderId is { } leaderId && d.PeopleNames.TryGetValue(leaderId, out var leader) && leader.Length > 0)
        {
            Set("Team.Leader", leader);
            Set("Team.Members", string.Join("\n", c.Team.Where(m => !m.IsLeader)
                .Select(m => d.PeopleNames.GetValueOrDefault(m.UserId, "")).Where(n => n.Length > 0).Select(n => $"- {n} - Thành viên;")));
        }
        return f;
    }

    private static void AddKindFields(Dictionary<string, string> f, CaseDocumentData d, DocumentKind kind)
    {
        var c = d.Case;
        var a = d.Authority;
        void Set(string field, string? value) { if (value is not null) f[field] = value; }
        void SetText(string field, string? value) { if (!string.IsNullOrWhiteSpace(value)) f[field] = value.Trim(); }
        void SetDate(string field, DateOnly? value) { if (value is { } v) f[field] = OfficialText.ShortDate(v); }
        var unitName = d.Unit is { } u ? UnitNames.MidSentence(u) : null;

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
                Set("Plan.ApprovedOn", c.WorkPlanApproved && c.WorkPlanApprovedOn is { } approvedOn ? $"ĐÃ PHÊ DUYỆT NGÀY {OfficialText.ShortDate(approvedOn)}" : "");
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
                Report(f, c, d.Sanctions, c.ResultsReport.Text);
                break;
            case DocumentKind.InspectionConclusion or DocumentKind.CheckResultsNotice:
                // The conclusion once signed; before that the draft, with number and date left blank for signing.
                Set("Document.Number", NumberAndSymbol(c.Conclusion.Number, kind == DocumentKind.CheckResultsNotice ? "TB" : "KL", a));
                Set("Document.Date", c.Conclusion.Date is { } cd ? OfficialText.ShortDate(cd) : "");
                // A check's notice rests on its biên bản kiểm tra (noi-vu.check v2 has no results report); v1 checks had one.
                SetDate("Report.Date", kind == DocumentKind.CheckResultsNotice && c.ResultsReport.Date is null
                    ? c.Minutes.OrderBy(m => m.HeldOn).LastOrDefault()?.HeldOn : c.ResultsReport.Date);
                Report(f, c, d.Sanctions, c.Conclusion.Text ?? c.DraftConclusion.Text);
                if (kind == DocumentKind.CheckResultsNotice) CheckNotice(f, c);
                if (AccountabilityConclusion(c) is { } accountability)
                    f["Report.Assessment"] = f.TryGetValue("Report.Assessment", out var assessed) ? assessed + "\n" + accountability : accountability;
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
            case DocumentKind.TeamChangeDecision:
                TeamChangeFields(f, d, a);
                Signer(f, a, c.Decision.Signer);
                break;
            case DocumentKind.AnnouncementMinutes:
                Set("Document.Number", NumberAndSymbol(null, "BB", a));
                SetDate("Document.Date", c.AnnouncedOn);
                SetDate("Announcement.Date", c.AnnouncedOn);
                Set("Announcement.Location", "trụ sở " + (unitName ?? ""));
                break;
            case DocumentKind.RecommendationLetter:
                // The Điều 52 record once the letter is recorded (its number, date and text); before that a draft to sign.
                Set("Document.Number", NumberAndSymbol(c.RecommendationLetterNumber, "", a));
                Set("Document.Date", c.RecommendationLetterDate is { } letterDate ? OfficialText.ShortDate(letterDate) : "");
                SetText("Case.ConclusionNumber", c.Conclusion.Number is { } conclusionNo ? NumberAndSymbol(conclusionNo, "KL", a) : null);
                SetDate("Case.ConclusionDate", c.Conclusion.Date);
                // Điều 52: to the competent authority over the inspected unit, here the province's people's committee.
                SetText("Letter.Recipient", a.ParentName.Length > 0 ? "Chủ tịch " + a.ParentName : null);
                Set("Letter.LegalBasis", "Điều 52 Luật Thanh tra số 84/2025/QH15");
                // The recommendations the conclusion decided (no confirmed violation: nothing to recommend, the letter is not made).
                // The recorded letter's text is what was sent; without it, the sanctions the conclusion decided.
                if (!string.IsNullOrWhiteSpace(c.RecommendationLetterText))
                    SetText("Letter.Recommendations", c.RecommendationLetterText);
                else if (d.Sanctions.Count > 0)
                    Set("Letter.Recommendations", string.Join("\n", d.Sanctions.Select((s, i) => $"{i + 1}. {SanctionName(s.Type)} đối với {s.Target.Trim()}"
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
    }

    /// <summary>
    /// The subject as the decision states it: for an accountability inspection (thanh tra trách nhiệm người đứng đầu, seed
    /// II.6.b) "trách nhiệm của {head} ({position}) trong việc {subject}", else the subject phrase.
    /// </summary>
    public static string AccountableSubject(InspectionCase c)
    {
        var subject = SubjectPhrase(c.Subject);
        if (!c.HasAccountableHead) return subject;
        // "trách nhiệm người đứng đầu trong thực hiện …" or "trách nhiệm trong việc …" typed as the subject: keep what follows.
        foreach (var prefix in new[] { "trách nhiệm người đứng đầu trong việc ", "trách nhiệm người đứng đầu trong ", "trách nhiệm trong việc ", "trách nhiệm " })
            if (subject.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && subject.Length > prefix.Length) { subject = subject[prefix.Length..].TrimStart(); break; }
        if (subject.StartsWith("việc ", StringComparison.OrdinalIgnoreCase)) subject = subject[5..].TrimStart();
        return $"trách nhiệm của {c.AccountableHead.Name!.Trim()} ({c.AccountableHead.Position?.Trim()}) trong việc {subject}";
    }

    /// <summary>The conclusion's sentence on the head's responsibility (accountability inspections once the outcome is recorded).</summary>
    public static string? AccountabilityConclusion(InspectionCase c)
    {
        if (!c.HasAccountableHead || c.Conclusion.Accountability.Verdict is not { } verdict) return null;
        var decided = verdict switch
        {
            AccountabilityVerdict.NoViolation => "chưa phát hiện vi phạm, không đặt ra việc xem xét trách nhiệm",
            AccountabilityVerdict.ReviewAndDrawLessons => "phải tổ chức kiểm điểm, rút kinh nghiệm",
            _ => "kiến nghị cấp có thẩm quyền xem xét, xử lý trách nhiệm theo quy định",
        };
        var why = c.Conclusion.Accountability.Text is { Length: > 0 } text ? " " + text.Trim().TrimEnd('.') + "." : "";
        return $"Về trách nhiệm của {c.AccountableHead.Name!.Trim()} ({c.AccountableHead.Position?.Trim()}): {decided}.{why}";
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

    private static void Report(Dictionary<string, string> f, InspectionCase c, IReadOnlyList<Sanction> sanctions, string? assessment)
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
            : sanctions.Count > 0
            ? string.Join("\n", sanctions.Select((s, i) => $"{i + 1}. {SanctionName(s.Type)} đối với {s.Target.Trim()}"
                + (s.AmountVnd is { } amt and > 0 ? $", số tiền {OfficialText.Number(amt)} đồng" : "")
                + (s.Deadline is { } dl ? $", thời hạn thực hiện trước ngày {OfficialText.ShortDate(dl)}" : "") + "."))
            : string.Join("\n", findings.Where(x => x.AmountVnd is > 0)
                .Select((x, i) => $"{i + 1}. Kiến nghị thu hồi {OfficialText.Number(x.AmountVnd!.Value)} đồng ({x.Description.Trim()})."));
    }
}
