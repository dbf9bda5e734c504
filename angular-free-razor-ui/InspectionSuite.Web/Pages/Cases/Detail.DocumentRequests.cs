using InspectionSuite.Cases;
using Microsoft.AspNetCore.Mvc;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// Document requests in the case workspace (partial _DocumentRequests.cshtml): the team asks, accepts and returns; the
/// unit representative answers with files. Who may do what on this case is the service's answer (403/404 otherwise).
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public DocumentRequestForm NewRequest { get; set; } = new();

    [RequirePermission(P.DocumentRequests)]
    public async Task<IActionResult> OnPostRequestDocumentsAsync([FromServices] IDocumentRequestAppService requests, CancellationToken ct)
    {
        try
        {
            await requests.CreateAsync(Id, new CreateDocumentRequestDto(NewRequest.Title ?? "", Blank(NewRequest.Description), NewRequest.DueDate, Stamp ?? ""), ct);
            return Done(l["DocumentRequests.Created"], "document-requests");
        }
        catch (InputValidationException e) { return await Invalid(e, nameof(NewRequest), ct); }
    }

    /// <summary>The unit's answer with several files: JSON for upload.js (progress shown), a redirect for a plain form post.</summary>
    [RequirePermission(P.AnswerDocumentRequests)]
    public async Task<IActionResult> OnPostAnswerRequestAsync([FromServices] IDocumentRequestAppService requests, Guid requestId, string? note, List<IFormFile> files, CancellationToken ct)
    {
        var ajax = Request.Headers.XRequestedWith == "XMLHttpRequest";
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
            var message = l["DocumentRequests.Answered"];
            if (!ajax) return Done(message, "document-requests");
            TempData["Success"] = message;
            return new JsonResult(new { redirect = Url.Page("/Cases/Detail", null, new { id = Id }, null, null, "document-requests") });
        }
        catch (BusinessException e) when (ajax) { return UploadError(e); }
        catch (InputValidationException e) { return await Invalid(e, "Answer", ct); }
        finally
        {
            foreach (var stream in streams) await stream.DisposeAsync();
        }
    }

    [RequirePermission(P.DocumentRequests)]
    public async Task<IActionResult> OnPostAcceptRequestAsync([FromServices] IDocumentRequestAppService requests, Guid requestId, CancellationToken ct)
    {
        await requests.AcceptAsync(Id, requestId, new AcceptDocumentRequestDto(Stamp ?? ""), ct);
        return Done(l["DocumentRequests.AcceptedMessage"], "document-requests");
    }

    [RequirePermission(P.DocumentRequests)]
    public async Task<IActionResult> OnPostReturnRequestAsync([FromServices] IDocumentRequestAppService requests, Guid requestId, string? reason, CancellationToken ct)
    {
        try
        {
            await requests.ReturnAsync(Id, requestId, new ReturnDocumentRequestDto(reason?.Trim() ?? "", Stamp ?? ""), ct);
            return Done(l["DocumentRequests.ReturnedMessage"], "document-requests");
        }
        catch (InputValidationException e) { return await Invalid(e, "Return", ct); }
    }

    /// <summary>The answer upload.js shows under the form: the localized refusal with its status.</summary>
    private JsonResult UploadError(BusinessException e)
    {
        var status = e is InputValidationException ? StatusCodes.Status400BadRequest : InspectionSuite.Errors.BusinessExceptionHandler.StatusCodeOf(e);
        var text = e is InputValidationException v ? string.Join(" ", v.Errors.SelectMany(x => x.Value).Select(m => l[m])) : l.Error(e);
        return new JsonResult(new { error = text }) { StatusCode = status };
    }

    public sealed class DocumentRequestForm
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public DateOnly? DueDate { get; set; }
    }
}
