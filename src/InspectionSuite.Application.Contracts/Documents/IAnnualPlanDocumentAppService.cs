namespace InspectionSuite.Documents;

/// <summary>
/// The annual plan document (Kế hoạch thanh tra năm / Kế hoạch kiểm tra năm) of an annual plan: read with
/// Planning.Default; issued (Documents.Issue) through the register of the plan's body with the symbol "KH-TTr" / "KH-SNV".
/// </summary>
public interface IAnnualPlanDocumentAppService
{
    /// <summary>The issued file (frozen) once issued; before that a draft marked "DỰ THẢO". <paramref name="asPdf"/>: the PDF (Inspection:070008 without LibreOffice).</summary>
    Task<GeneratedFile> GenerateAsync(Guid planId, bool asPdf, CancellationToken ct = default);

    /// <summary>The register entry in force for the plan, or null while it is not issued.</summary>
    Task<IssuedDocumentDto?> GetIssuedAsync(Guid planId, CancellationToken ct = default);

    /// <summary>
    /// Issues the plan's document: only an approved plan (Inspection:070012), once (Inspection:070009) unless a correction of
    /// the entry in force (<paramref name="correctsId"/>). The approver signs under the body's head position.
    /// </summary>
    Task<IssuedDocumentDto> IssueAsync(Guid planId, Guid? correctsId = null, CancellationToken ct = default);
}
