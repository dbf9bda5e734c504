using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>Section "evidence" (Sections/_Evidence.cshtml): files of the case, uploaded several at a time, downloaded under their name.</summary>
public sealed partial class DetailModel
{
    public async Task<IActionResult> OnGetDownloadAsync([FromServices] IEvidenceAppService evidence, Guid evidenceId, CancellationToken ct)
    {
        var content = await evidence.OpenAsync(Id, evidenceId, ct);
        // Always a download under the recorded display name, never rendered inline; the stored path never leaves the service.
        return File(content.Content, "application/octet-stream", content.FileName);
    }

    /// <summary>
    /// Several files in one post, from upload.js (progress shown) or a plain form. Each file is an addition: other people's
    /// additions meanwhile are no conflict.
    /// </summary>
    [RequirePermission(P.Evidence)]
    public async Task<IActionResult> OnPostUploadAsync([FromServices] IEvidenceAppService evidence, List<IFormFile> files, string? description, DateOnly? effectiveDate, CancellationToken ct)
    {
        if (files.Count == 0) throw new InputValidationException("Files", "Evidence.NoFile");
        foreach (var file in files)
        {
            await using var stream = file.OpenReadStream();
            await evidence.UploadAsync(Id, new UploadEvidenceInput(file.FileName, file.ContentType ?? "", file.Length, stream, effectiveDate, Blank(description), Stamp ?? ""), ct);
        }
        return DoneUploading(l["Evidence.Uploaded", files.Count], "evidence");
    }
}
