using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using InspectionSuite.Documents;

namespace InspectionSuite.Application.Tests.Documents;

internal static class DocumentTestData
{
    public static string TemplatesDirectory { get; } = FindTemplates();

    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(TemplatesDirectory, "..", ".."));

    public static DocumentTemplateStore Store() => new(TemplatesDirectory);

    /// <summary>Values for every field any shipped template uses.</summary>
    public static Dictionary<string, string> Fields() => new()
    {
        // The law's "Căn cứ" lines as the mapping gives them: from templates/legal-bases.json (the version in force on the decision date).
        ["Legal.Bases"] = string.Join("\n", InspectionSuite.Legal.LegalBases.InForceOn(new DateOnly(2026, 5, 5)).CitationsFor("thanh-tra")),
        ["Authority.ParentName"] = "UBND tỉnh Quảng Ngãi",
        ["Authority.Name"] = "Thanh tra tỉnh Quảng Ngãi",
        ["Authority.HeaderName"] = "Thanh tra tỉnh",
        ["Authority.Place"] = "Quảng Ngãi",
        ["Authority.HeadTitle"] = "Chánh Thanh tra tỉnh",
        ["Authority.LegalBasis"] = "Quyết định số 15/2025/QĐ-UBND ngày 01/7/2025 của UBND tỉnh quy định chức năng, nhiệm vụ của Thanh tra tỉnh",
        ["Case.DecisionNumber"] = "27/QĐ-TTr",
        ["Case.DecisionDate"] = "05/05/2026",
        ["Case.KindName"] = "thanh tra",
        ["Case.Subject"] = "trách nhiệm của người đứng đầu trong thực hiện Kế hoạch số 534",
        ["Case.PlanReference"] = "Quyết định số 101/QĐ-UBND ngày 15/12/2025 phê duyệt Kế hoạch thanh tra năm 2026",
        ["Case.ProposedBy"] = "Trưởng phòng Nghiệp vụ 1",
        ["Case.Period"] = "từ 01/01/2025 đến 31/12/2025",
        ["Case.OnSiteDays"] = "30",
        ["Case.OnSiteStart"] = "12/05/2026",
        ["Case.OnSiteEnd"] = "23/06/2026",
        ["Case.PlannedOnSiteStart"] = "05/05/2026",
        ["Case.PlannedOnSiteEnd"] = "16/06/2026",
        ["Unit.Name"] = "UBND Đặc khu Lý Sơn",
        ["Unit.NameAtStart"] = "UBND Đặc khu Lý Sơn",
        ["Unit.HeadTitle"] = "Trưởng đặc khu Lý Sơn",
        ["Unit.Overview"] = "Đặc khu Lý Sơn được thành lập năm 2025.",
        ["Unit.Representatives"] = "- Ông Trần Văn Đức - Chủ tịch UBND đặc khu;",
        ["Unit.RepresentativeTitle"] = "Chủ tịch UBND đặc khu",
        ["Unit.RepresentativeName"] = "Trần Văn Đức",
        ["Team.Leader"] = "Nguyễn Thị Hồng Nhung",
        ["Team.Members"] = "- Lê Văn Tâm - Thành viên;\n- Phạm Ngọc Ánh - Thành viên.",
        ["Signer.AuthorityPrefix"] = "KT. CHÁNH THANH TRA",
        ["Signer.Position"] = "Phó Chánh Thanh tra",
        ["Signer.Name"] = "Võ Minh Châu",
        ["Document.Number"] = "08/BC-ĐTTr",
        ["Document.Date"] = "30/06/2026",
        ["Plan.Purpose"] = "Đánh giá việc chấn chỉnh lề lối làm việc.",
        // The annual plan document (issue 16): its units as table rows (TableRows.Format).
        ["Plan.Year"] = "2026",
        ["Plan.KindName"] = "thanh tra",
        ["Plan.KindTitle"] = "Thanh tra",
        ["Plan.ItemCount"] = "2",
        ["Plan.Items"] = TableRows.Format([["1", "UBND Đặc khu Lý Sơn", "Trưởng đặc khu Lý Sơn", "Quý II", "Bắt buộc"], ["2", "Sở Tài chính", "Giám đốc Sở Tài chính", "Tháng 9", "Quá hạn luân phiên"]]),
        ["Plan.ItemsSubjectHeader"] = "Đối tượng",
        ["Plan.ItemsBasisHeader"] = "Căn cứ lựa chọn",
        ["Plan.Organisation"] = "Giao Trưởng phòng Nghiệp vụ tham mưu ban hành quyết định thanh tra.",
        ["Plan.Content"] = "Kiểm tra việc giảm hội họp, số hóa hồ sơ.",
        ["Plan.Schedule"] = "Tuần 1: làm việc với lãnh đạo đơn vị.",
        ["Minutes.Subject"] = "Công bố Quyết định thanh tra",
        ["Minutes.StartTime"] = "08 giờ 00",
        ["Minutes.EndTime"] = "10 giờ 30",
        ["Minutes.Date"] = "12/05/2026",
        ["Minutes.Location"] = "trụ sở UBND Đặc khu Lý Sơn",
        ["Minutes.Content"] = "Trưởng đoàn công bố Quyết định thanh tra.",
        ["Minutes.Copies"] = "03",
        ["Report.Date"] = "30/06/2026",
        ["Report.Findings"] = "Số cuộc họp giảm 8% so với năm trước (yêu cầu ≥ 10%).",
        ["Report.Assessment"] = "Chưa đạt chỉ tiêu giảm hội họp.",
        ["Report.Recommendations"] = "Kiểm điểm trách nhiệm người đứng đầu.",
        ["Check.Achieved"] = "Đơn vị đạt các tiêu chí:\n- KH534-01 Giảm hội họp: 12% (yêu cầu: ≥ 10%);",
        ["Check.Shortcomings"] = "- KH534-02 Hồ sơ trực tuyến: 42% (yêu cầu: ≥ 80%); chưa đạt.",
        ["Check.CriteriaResults"] = "- KH534-01 Giảm hội họp: đạt (12%);\n- KH534-02 Hồ sơ trực tuyến: không đạt (42%);",
        ["Extension.Days"] = "10",
        ["Extension.From"] = "24/06/2026",
        ["Extension.To"] = "07/07/2026",
        ["Extension.Reason"] = "nội dung phức tạp, cần xác minh thêm",
        // The decision changing the team (issue 16).
        ["TeamChange.From"] = "12/05/2026", // from the on-site start
        ["TeamChange.Reason"] = "ông Lê Văn Tâm được điều động làm nhiệm vụ khác",
        ["TeamChange.Lines"] = "- Thôi cử ông (bà) Lê Văn Tâm tham gia Đoàn thanh tra (thành viên);\n- Bổ sung ông (bà) Đỗ Thị Hạnh làm thành viên Đoàn thanh tra;",
        ["Suspension.From"] = "15/06/2026",
        ["Suspension.Reason"] = "thiên tai, bão lũ trên đảo",
        // Issue 16: the work plan's approval block, the biên bản công bố, the văn bản kiến nghị (Điều 52).
        ["Plan.ApproverPosition"] = "Chánh Thanh tra",
        ["Plan.ApprovedBy"] = "Nguyễn Văn Chánh",
        ["Plan.ApprovedOn"] = "ĐÃ PHÊ DUYỆT NGÀY 08/05/2026",
        ["Announcement.Date"] = "12/05/2026",
        ["Announcement.Location"] = "trụ sở UBND đặc khu Lý Sơn",
        ["Case.ConclusionNumber"] = "15/KL-TTr",
        ["Case.ConclusionDate"] = "20/07/2026",
        ["Letter.Recipient"] = "Chủ tịch UBND tỉnh Quảng Ngãi",
        ["Letter.LegalBasis"] = "Điều 52 Luật Thanh tra số 84/2025/QH15",
        ["Letter.Recommendations"] = "1. Xử lý kỷ luật đối với Trưởng phòng Văn hóa - Xã hội.\n2. Kiến nghị khắc phục đối với UBND đặc khu Lý Sơn, thời hạn thực hiện trước ngày 31/10/2026.",
    };

    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var ms = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(ms, false);
        return new OpenXmlValidator().Validate(doc)
            .Select(e => $"{e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>The text of every paragraph, tables included, in document order.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var ms = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(ms, false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    public static string Text(byte[] docx) => string.Join("\n", Paragraphs(docx));

    private static string FindTemplates()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", "documents");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("templates/documents not found above " + AppContext.BaseDirectory);
    }
}
