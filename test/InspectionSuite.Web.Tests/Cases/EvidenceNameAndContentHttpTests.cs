using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InspectionSuite.Cases;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Upload names that read differently from what they are (bidi and other format characters, look-alike or mixed-script
/// extensions, a hidden second extension, ';') and contents that are not their declared type are refused with 400 naming
/// the field, on every upload path, and nothing is stored.
/// </summary>
public sealed class EvidenceNameAndContentHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00];
    private static readonly byte[] Xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
    private static readonly byte[] Jpg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    public static TheoryData<string, string, string, string> Refused => new()
    {
        // name, content type, content (see Content), field
        { "hoa-don\u202Egnp.pdf", "application/pdf", "pdf", "FileName" },        // right-to-left override: shows as "hoa-donfdp.png"
        { "bien-ban\u200E.pdf", "application/pdf", "pdf", "FileName" },          // left-to-right mark
        { "bien-ban\u200F.pdf", "application/pdf", "pdf", "FileName" },          // right-to-left mark
        { "bien\u2066ban\u2069.pdf", "application/pdf", "pdf", "FileName" },     // isolates
        { "bien\u200Bban.pdf", "application/pdf", "pdf", "FileName" },           // zero-width space
        { "bien-ban.\u0440df", "application/pdf", "pdf", "FileName" },           // Cyrillic "р" in the extension
        { "bien-ban.p\u0434f", "application/pdf", "pdf", "FileName" },           // mixed scripts in the extension
        { "anh.\u0435x\u0435.jpg", "image/jpeg", "jpg", "FileName" },            // look-alike second extension
        { "a.exe .pdf", "application/pdf", "pdf", "FileName" },                  // space before the extension
        { "a.exe\u00A0.pdf", "application/pdf", "pdf", "FileName" },             // no-break space before the extension
        { "a.exe. .pdf", "application/pdf", "pdf", "FileName" },
        { "a.exe;.pdf", "application/pdf", "pdf", "FileName" },
        { "bien;ban.pdf", "application/pdf", "pdf", "FileName" },
        { "bien-ban.pdf", "application/pdf", "exe", "Content" },                 // an executable renamed
        { "anh.png", "image/png", "jpg", "Content" },
        { "anh.jpg", "image/jpeg", "png", "Content" },
        { "bao-cao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pdf", "Content" },
        { "bang.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xls", "Content" },
        { "bang.xls", "application/vnd.ms-excel", "docx", "Content" },
        { "ghi-chu.txt", "text/plain", "exe", "Content" },                       // binary (NUL bytes) as text
    };

    public static TheoryData<string, string, string> Accepted => new()
    {
        { "Biên bản làm việc số 12.pdf", "application/pdf", "pdf" },
        { "bao-cao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx" },
        { "bang.xls", "application/vnd.ms-excel", "xls" },
        { "anh-hien-truong.png", "image/png", "png" },
        { "anh-hien-truong.JPG", "image/jpeg", "jpg" },
        { "ghi-chú.txt", "text/plain", "text" },
    };

    private static byte[] Content(string kind) => kind switch
    {
        "pdf" => Pdf, "docx" => Docx, "xls" => Xls, "png" => Png, "jpg" => Jpg, "exe" => Exe,
        _ => Encoding.UTF8.GetBytes("Ghi chú của đoàn kiểm tra"),
    };

    private static ByteArrayContent FilePart(string field, string name, string type, byte[] bytes)
    {
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue(type);
        // The name as the browser sends it (RFC 5987 for non-ASCII), so every character reaches the server.
        part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = $"\"{field}\"", FileNameStar = name };
        return part;
    }

    private async Task<(HttpClient Inspector, CaseDto Case)> OnSiteCaseAsync()
    {
        var inspector = await host.ClientAsync("inspector");
        var list = await inspector.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", CaseWebHost.Json);
        var item = list!.Items.First(c => c.State == CaseStates.OnSite);
        return (inspector, (await inspector.GetFromJsonAsync<CaseDto>($"/api/cases/{item.Id}", CaseWebHost.Json))!);
    }

    private int StoredFiles => Directory.Exists(host.EvidenceDirectory) ? Directory.GetFiles(host.EvidenceDirectory, "*", SearchOption.AllDirectories).Length : 0;

    private static async Task ShouldNameField(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(field == "FileName" ? CaseErrorCodes.EvidenceFileNameInvalid : CaseErrorCodes.EvidenceContentMismatch);
        problem.GetProperty("errors").EnumerateObject().ShouldContain(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase), body);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Should_refuse_a_misleading_name_or_a_content_not_of_its_type_and_store_nothing(string name, string type, string content, string field)
    {
        var (inspector, c) = await OnSiteCaseAsync();
        using var _ = inspector;
        var before = StoredFiles;
        using var form = new MultipartFormDataContent { FilePart("file", name, type, Content(content)), { new StringContent(c.ConcurrencyStamp), "concurrencyStamp" } };

        await ShouldNameField(await inspector.PostAsync($"/api/cases/{c.Id}/evidence", form), field);

        var after = (await inspector.GetFromJsonAsync<CaseDto>($"/api/cases/{c.Id}", CaseWebHost.Json))!;
        after.EvidenceCount.ShouldBe(c.EvidenceCount);
        after.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);
        StoredFiles.ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Should_accept_a_plain_name_whose_content_is_of_its_type(string name, string type, string content)
    {
        var (inspector, c) = await OnSiteCaseAsync();
        using var _ = inspector;
        using var form = new MultipartFormDataContent { FilePart("file", name, type, Content(content)), { new StringContent(c.ConcurrencyStamp), "concurrencyStamp" } };
        var response = await inspector.PostAsync($"/api/cases/{c.Id}/evidence", form);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<EvidenceFileDto>(CaseWebHost.Json))!.FileName.ShouldBe(name);
    }

    [Fact]
    public async Task Should_apply_the_same_rules_to_an_answer_to_a_document_request()
    {
        using var unitrep = await host.ClientAsync("unitrep");
        var work = await unitrep.GetFromJsonAsync<PagedResultDto<UnitCaseWorkDto>>("/api/cases/my-unit", CaseWebHost.Json);
        var caseId = work!.Items.First(w => w.RequestsToAnswer > 0).CaseId;
        var list = (await unitrep.GetFromJsonAsync<DocumentRequestListDto>($"/api/cases/{caseId}/document-requests", CaseWebHost.Json))!;
        var request = list.Items.First(r => r.Status == DocumentRequestStatus.Open);
        var before = StoredFiles;

        foreach (var (name, type, content, field) in new[] { ("danh-sach\u202Eslx.pdf", "application/pdf", Pdf, "FileName"), ("danh-sach.pdf", "application/pdf", Exe, "Content") })
        {
            using var form = new MultipartFormDataContent { { new StringContent(list.ConcurrencyStamp), "concurrencyStamp" } };
            form.Add(FilePart("files", "phu-luc.pdf", "application/pdf", Pdf)); // a good file first: it is not kept either
            form.Add(FilePart("files", name, type, content));
            await ShouldNameField(await unitrep.PostAsync($"/api/cases/{caseId}/document-requests/{request.Id}/answers", form), field);
        }
        (await unitrep.GetFromJsonAsync<DocumentRequestListDto>($"/api/cases/{caseId}/document-requests", CaseWebHost.Json))!
            .Items.Single(r => r.Id == request.Id).Status.ShouldBe(DocumentRequestStatus.Open);
        StoredFiles.ShouldBe(before);
    }
}
