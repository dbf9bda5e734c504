using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using InspectionSuite.Documents;
using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Browser;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Documents;

/// <summary>
/// Issue 16 over HTTP: issuing through the API, the frozen download, the văn thư's register page (permission-gated,
/// paginated) and the issued conclusion's PDF on the public portal.
/// </summary>
public sealed class DocumentRegisterHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private CaseJourneyApi Api => new(host.BaseAddress);

    [Fact]
    public async Task Should_issue_a_case_document_freeze_it_and_list_it_in_the_register_page_for_the_van_thu_only()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        using var inspector = await host.ClientAsync("inspector");
        var c = (await supervisor.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", J))!.Items
            .First(x => x.State == CaseStates.Reporting && x.Kind == CaseKind.Inspection);

        var draft = await supervisor.GetByteArrayAsync($"/api/cases/{c.Id}/documents/inspection-decision");
        (await inspector.PostAsync($"/api/cases/{c.Id}/documents/inspection-decision/issue", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var response = await supervisor.PostAsync($"/api/cases/{c.Id}/documents/inspection-decision/issue", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var issued = (await response.Content.ReadFromJsonAsync<IssuedDocumentDto>(J))!;
        issued.NumberAndSymbol.ShouldEndWith("/QĐ-TTr");

        var frozen = await supervisor.GetByteArrayAsync($"/api/cases/{c.Id}/documents/inspection-decision");
        frozen.ShouldNotBe(draft); // the draft was marked DỰ THẢO and had no register number
        Convert.ToHexString(SHA256.HashData(frozen)).ToLowerInvariant().ShouldBe(issued.DocxSha256);
        (await supervisor.GetByteArrayAsync($"/api/documents/register/{issued.Id}/file")).ShouldBe(frozen);
        var again = await supervisor.PostAsync($"/api/cases/{c.Id}/documents/inspection-decision/issue", null);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync()).ShouldContain(DocumentErrorCodes.DocumentAlreadyIssued);

        var list = (await supervisor.GetFromJsonAsync<PagedResultDto<IssuedDocumentDto>>($"/api/documents/register?authority=ThanhTra&year={issued.Year}", J))!;
        list.Items.ShouldContain(e => e.Id == issued.Id && e.CaseCode == c.Code);

        using var vanThu = new TestClient(host.BaseAddress);
        (await vanThu.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await vanThu.Http.GetStringAsync($"/Documents/Register?authority=ThanhTra&year={issued.Year}");
        page.ShouldContain(issued.NumberAndSymbol);
        page.ShouldContain($"/api/documents/register/{issued.Id}/file?format=pdf");
        page.ShouldContain(LocalizationTexts.Vi["Register.Status.Issued"]);
        var casePage = await vanThu.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        casePage.ShouldContain(issued.NumberAndSymbol); // the documents menu names the issued number
        casePage.ShouldContain("action=\"/Documents/Issue\""); // and offers issuing the drafts

        using var unitrep = new TestClient(host.BaseAddress);
        (await unitrep.LoginAsync("unitrep")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await unitrep.Http.GetAsync("/Documents/Register")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var unitApi = await host.ClientAsync("unitrep");
        (await unitApi.GetAsync($"/api/documents/register/{issued.Id}/file")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_issue_from_the_case_page_form_with_antiforgery()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var c = (await supervisor.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", J))!.Items
            .First(x => x.State == CaseStates.Reporting && x.Kind == CaseKind.Inspection);
        using var vanThu = new TestClient(host.BaseAddress);
        (await vanThu.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var token = await vanThu.GetTokenAsync($"/Cases/Detail/{c.Id}");

        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["caseId"] = c.Id.ToString(), ["kind"] = "case-work-plan", ["__RequestVerificationToken"] = token });
        var posted = await vanThu.Http.PostAsync("/Documents/Issue", form);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().ShouldBe($"/Cases/Detail/{c.Id}");
        var kinds = await supervisor.GetFromJsonAsync<JsonElement>($"/api/cases/{c.Id}/documents");
        kinds.EnumerateArray().Single(k => k.GetProperty("slug").GetString() == "case-work-plan").GetProperty("issued").GetProperty("numberAndSymbol").GetString()!.ShouldEndWith("/KH-TTr");

        // Without the antiforgery token nothing is issued.
        var forged = await vanThu.Http.PostAsync("/Documents/Issue", new FormUrlEncodedContent(new Dictionary<string, string> { ["caseId"] = c.Id.ToString(), ["kind"] = "minutes" }));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_offer_the_issued_conclusions_pdf_on_the_public_portal()
    {
        using var leader = await host.ClientAsync("leader");
        var c = await Api.CasePublishedAsync("SO-TC", "Kiểm tra công bố văn bản đã ban hành");
        var kind = c.Kind == CaseKind.Inspection ? "inspection-conclusion" : "check-results-notice";
        var response = await leader.PostAsync($"/api/cases/{c.Id}/documents/{kind}/issue", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var issued = (await response.Content.ReadFromJsonAsync<IssuedDocumentDto>(J))!;

        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        var portal = await anonymous.GetStringAsync("/cong-khai");
        portal.ShouldContain($"/cong-khai/{issued.Id}/ket-luan.pdf");
        var pdf = await anonymous.GetAsync($"/cong-khai/{issued.Id}/ket-luan.pdf");
        if (new LibreOfficePdfConverter().IsAvailable)
        {
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
            pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant().ShouldBe(issued.PdfSha256 ?? Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
            (await anonymous.GetByteArrayAsync($"/cong-khai/{issued.Id}/ket-luan.pdf")).ShouldBe(bytes); // kept, not made again
        }
        // Any other register entry (here: a decision) is not on the portal.
        var decision = await leader.PostAsync($"/api/cases/{c.Id}/documents/{(c.Kind == CaseKind.Inspection ? "inspection-decision" : "check-decision")}/issue", null);
        var decisionId = (await decision.Content.ReadFromJsonAsync<IssuedDocumentDto>(J))!.Id;
        (await anonymous.GetAsync($"/cong-khai/{decisionId}/ket-luan.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
