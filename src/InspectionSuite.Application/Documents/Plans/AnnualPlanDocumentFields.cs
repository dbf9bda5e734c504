namespace InspectionSuite.Documents;

/// <summary>
/// The annual plan document (Kế hoạch thanh tra năm of Thanh tra tỉnh, Kế hoạch kiểm tra năm of Sở Nội vụ) from an
/// approved <see cref="AnnualPlan"/>: the issuing body, the "Căn cứ" lines of templates/legal-bases.json in force on the
/// approval day, the selected units as a table (<see cref="TemplateTable.RowsFrom"/>) and the approver as signer under
/// the body's head position. Field names are documented in templates/documents/README.md.
/// </summary>
public static class AnnualPlanDocumentFields
{
    public static string Slug => CaseDocumentFields.Slug(DocumentKind.AnnualPlan);

    /// <summary>"KH-TTr", "KH-SNV": the register symbol of the plan.</summary>
    public static string Symbol(AuthorityProfile a) => CaseDocumentFields.Symbol(DocumentKind.AnnualPlan, a);

    /// <summary>The register's subject key of a plan (a body issues one plan document a year, corrections aside).</summary>
    public static string SubjectKey(Guid planId) => planId.ToString("N");

    /// <summary>ASCII only, as the case documents' names.</summary>
    public static string FileName(AnnualPlan plan) => $"{Slug}_{plan.Authority}_{plan.Year.ToString(CultureInfo.InvariantCulture)}.docx";

    /// <param name="approverName">The full name of the plan's approver, who signs under the body's head position; null leaves Signer.Name missing.</param>
    /// <param name="reasonText">The Vietnamese words of a selection reason (the localizer's "SamplingReason.*").</param>
    public static Dictionary<string, string> Build(AnnualPlan plan, AuthorityProfile a, string? approverName, DateOnly today, Func<string, string> reasonText)
    {
        var f = new Dictionary<string, string>(StringComparer.Ordinal);
        void SetText(string field, string? value) { if (!string.IsNullOrWhiteSpace(value)) f[field] = value.Trim(); }
        var kind = PlannedCaseFactory.KindOf(plan.Authority);
        var kindName = kind == CaseKind.Inspection ? "thanh tra" : "kiểm tra";
        var approvedOn = plan.ApprovedAt is { } at ? VietnamTime.DateOf(at) : today;

        CaseDocumentFields.AddLetterhead(f, a);
        // The "Căn cứ" lines of the version in force on the approval day; a Sở Nội vụ check plan cites none of Luật Thanh tra.
        f["Legal.Bases"] = string.Join("\n", Legal.LegalBases.InForceOn(approvedOn).CitationsFor(CaseWorkflows.LegalProcedure(kind)));
        f["Document.Number"] = CaseDocumentFields.NumberAndSymbol(null, CaseDocumentFields.KindAbbreviation(DocumentKind.AnnualPlan), a);
        f["Document.Date"] = "";

        f["Plan.Year"] = plan.Year.ToString(CultureInfo.InvariantCulture);
        f["Plan.KindName"] = kindName;
        f["Plan.KindTitle"] = kind == CaseKind.Inspection ? "Thanh tra" : "Kiểm tra";
        var selected = plan.Items.Where(i => i.Selected).OrderBy(i => i.Amendment).ThenBy(i => i.UnitName, StringComparer.Ordinal).ToList();
        f["Plan.ItemCount"] = selected.Count.ToString(CultureInfo.InvariantCulture);
        if (plan.Mode == PlanMode.List)
        {
            // Thanh tra tỉnh's hand-built list (issue 14): each inspection with its subject, planned period and basis, in the
            // order entered; a đột xuất one says so.
            f["Plan.ItemsSubjectHeader"] = "Nội dung thanh tra";
            f["Plan.ItemsBasisHeader"] = "Căn cứ, hình thức";
            f["Plan.Items"] = TableRows.Format(plan.Items.OrderBy(i => i.AddedAt).ThenBy(i => i.UnitName, StringComparer.Ordinal).Select((i, n) => new[]
            {
                (n + 1).ToString(CultureInfo.InvariantCulture),
                i.UnitName,
                i.Subject ?? "",
                PeriodText(i),
                (i.Origin == PlanItemOrigin.AdHoc ? "Đột xuất. " : "Theo kế hoạch. ") + i.Detail,
            }));
        }
        else
        {
            f["Plan.ItemsSubjectHeader"] = "Đối tượng";
            f["Plan.ItemsBasisHeader"] = "Căn cứ lựa chọn";
            f["Plan.Items"] = TableRows.Format(selected.Select((i, n) => new[]
            {
                (n + 1).ToString(CultureInfo.InvariantCulture),
                i.UnitName,
                UnitNames.HeadTitle(i.UnitName, i.Kind),
                PeriodText(i),
                reasonText(i.Reason.ToString()) + (i.Amendment > 0 ? $" (bổ sung lần {i.Amendment.ToString(CultureInfo.InvariantCulture)})" : ""),
            }));
        }
        f["Plan.Purpose"] = $"Đánh giá việc chấp hành chính sách, pháp luật, việc thực hiện nhiệm vụ, quyền hạn của các đơn vị được {kindName} trong năm {f["Plan.Year"]}; "
            + "phát hiện, chấn chỉnh, xử lý kịp thời sai phạm (nếu có); kiến nghị hoàn thiện cơ chế, chính sách.";
        f["Plan.Organisation"] = $"Giao {a.ProposedBy} tham mưu ban hành quyết định {kindName} đối với từng đơn vị theo Kế hoạch này; "
            + $"các đơn vị có tên tại Mục II phối hợp, cung cấp hồ sơ, tài liệu theo yêu cầu của Đoàn {kindName}.";

        f["Signer.AuthorityPrefix"] = "";
        f["Signer.Position"] = a.HeadPosition;
        SetText("Signer.Name", approverName);
        return f;
    }

    /// <summary>"Tháng 3", "Quý II" or "Trong năm": the planned period of an item, as the plan prints it.</summary>
    public static string PeriodText(PlanItem i)
        => i.PlannedMonth is { } m ? $"Tháng {m.ToString(CultureInfo.InvariantCulture)}"
            : i.PlannedQuarter is { } q ? $"Quý {QuarterRoman[q - 1]}"
            : "Trong năm";

    private static readonly string[] QuarterRoman = ["I", "II", "III", "IV"];
}
