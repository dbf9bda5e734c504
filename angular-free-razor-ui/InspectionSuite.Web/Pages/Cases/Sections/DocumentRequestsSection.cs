using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// Section "document-requests" (Sections/_DocumentRequests.cshtml): the team asks, accepts and returns; the unit
/// representative answers with files. Who may do what on this case is the service's answer (403/404 otherwise).
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public DocumentRequestForm NewRequest { get; set; } = new();

    [RequirePermission(P.DocumentRequests)]
    [PostsForm(nameof(NewRequest))]
    public async Task<IActionResult> OnPostRequestDocumentsAsync([FromServices] IDocumentRequestAppService requests, CancellationToken ct)
    {
        await requests.CreateAsync(Id, new CreateDocumentRequestDto(NewRequest.Title ?? "", Blank(NewRequest.Description), NewRequest.DueDate, Stamp ?? ""), ct);
        return Done(l["DocumentRequests.Created"], "document-requests");
    }

    /// <summary>The unit's answer with several files, from upload.js (progress shown) or a plain form.</summary>
    [RequirePermission(P.AnswerDocumentRequests)]
    [PostsForm("Answer")]
    public async Task<IActionResult> OnPostAnswerRequestAsync([FromServices] IDocumentRequestAppService requests, Guid requestId, string? note, List<IFormFile> files, CancellationToken ct)
    {
        var streams = new List<Stream>();
        try
        {
            var uploads = files.Select(f =>
            {
                var stream = f.OpenReadStream();
                streams.Add(stream);
                return new FileUploadDto(f.FileName, f.ContentType ?? "", f.Length, stream);
            }).ToList();
            await requests.AnswerAsync(Id, requestId, new AnswerDocumentRequestInput(Blank(note), uploads, Stamp ?? ""), ct);
        }
        finally
        {
            foreach (var stream in streams) await stream.DisposeAsync();
        }
        return DoneUploading(l["DocumentRequests.Answered"], "document-requests");
    }

    [RequirePermission(P.DocumentRequests)]
    public async Task<IActionResult> OnPostAcceptRequestAsync([FromServices] IDocumentRequestAppService requests, Guid requestId, CancellationToken ct)
    {
        await requests.AcceptAsync(Id, requestId, new AcceptDocumentRequestDto(Stamp ?? ""), ct);
        return Done(l["DocumentRequests.AcceptedMessage"], "document-requests");
    }

    [RequirePermission(P.DocumentRequests)]
    [PostsForm("Return")]
    public async Task<IActionResult> OnPostReturnRequestAsync([FromServices] IDocumentRequestAppService requests, Guid requestId, string? reason, CancellationToken ct)
    {
        await requests.ReturnAsync(Id, requestId, new ReturnDocumentRequestDto(reason?.Trim() ?? "", Stamp ?? ""), ct);
        return Done(l["DocumentRequests.ReturnedMessage"], "document-requests");
    }

    public sealed class DocumentRequestForm
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public DateOnly? DueDate { get; set; }
    }
}
