using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Documents;

/// <summary>The sentences of the documents made from the case's records (findings, criteria, sanctions, periods).</summary>
public static partial class CaseDocumentFields
{
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
