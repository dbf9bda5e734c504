namespace InspectionSuite.Cases;

/// <summary>One check criterion from the province's plan (seed: Kế hoạch 534, section II and the appendix).</summary>
public sealed record CheckCriterion(string Code, string NameVi, string NameEn, string TargetVi, string TargetEn, string Source);

/// <summary>
/// The criteria a Sở Nội vụ check of a unit covers at least (DESIGN.md "Check criteria from the plan").
/// Static because they come from a published plan; a new plan year adds codes, it never edits old ones.
/// </summary>
public static class CheckCriteriaCatalogue
{
    public static IReadOnlyList<CheckCriterion> All { get; } =
    [
        new("KH534-01", "Giảm số lượng hội nghị, cuộc họp so với năm trước", "Meetings reduced vs the previous year",
            "Giảm tối thiểu 10%", "At least 10% fewer", "KH 534 II.6.a; Phụ lục dòng 5"),
        new("KH534-02", "Tỷ lệ hội nghị, cuộc họp trực tuyến", "Share of online meetings",
            "Trực tuyến ≥ 60%, trực tiếp ≤ 40%", "Online ≥ 60%, in person ≤ 40%", "KH 534 II.6.a; Phụ lục dòng 5"),
        new("KH534-03", "Tỷ lệ giải quyết thủ tục hành chính trên môi trường số và số hóa văn bản", "Administrative procedures handled digitally and documents digitized",
            "≥ 95%", "≥ 95%", "KH 534 II.6.a; Phụ lục dòng 11"),
        new("KH534-04", "Giảm số lượng văn bản hành chính ban hành so với năm trước", "Administrative documents issued reduced vs the previous year",
            "Giảm tối thiểu 15%", "At least 15% fewer", "KH 534 Phụ lục dòng 3"),
        new("KH534-05", "Văn bản không mật trao đổi dưới dạng điện tử, ký số", "Non-secret documents exchanged electronically and digitally signed",
            "100%", "100%", "KH 534 II; Phụ lục dòng 11"),
        new("KH534-06", "Ban hành kế hoạch triển khai của cơ quan, đơn vị", "Unit's implementation plan issued",
            "Chậm nhất ngày 10/5/2026", "By 10/05/2026", "KH 534 III; Phụ lục dòng 1"),
        new("KH534-07", "Báo cáo định kỳ đúng hạn (quý; 6 tháng trước 15/6; năm trước 15/12)", "Periodic reports on time (quarterly; 6-monthly before 15/06; annual before 15/12)",
            "Đúng hạn", "On time", "KH 534 III"),
        new("KH534-08", "Thời gian tổ chức hội nghị (quán triệt ≤ 1/2 ngày; chuyên môn ≤ 01 ngày; quan trọng ≤ 1,5 ngày)", "Conference durations (briefing ≤ ½ day; professional ≤ 1 day; major ≤ 1.5 days)",
            "Đúng quy định", "Within the limits", "KH 534 II.6.a"),
    ];

    public static CheckCriterion? Find(string code) => All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
