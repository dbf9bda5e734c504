using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InspectionSuite.Cases;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>Document requests over HTTP with the real web host: JSON for the team, multipart answers from the unit, refusals as ProblemDetails.</summary>
public sealed class DocumentRequestHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;

    private static async Task<T> Ok<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(J))!;
    }

    private static MultipartFormDataContent Answer(string stamp, string? note, params (string Name, string Type, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(stamp), "concurrencyStamp" } };
        if (note is not null) form.Add(new StringContent(note), "note");
        foreach (var (name, type, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "files", name);
        }
        return form;
    }

    /// <summary>The demo check on P01 (the representative's unit) with a fresh request from its team leader.</summary>
    private async Task<(Guid CaseId, DocumentRequestDto Request)> NewRequestOnMyUnitAsync(string title)
    {
        using var unitrep = await host.ClientAsync("unitrep");
        var work = await Ok<PagedResultDto<UnitCaseWorkDto>>(await unitrep.GetAsync("/api/cases/my-unit"));
        var caseId = work.Items.First(w => w.RequestsToAnswer > 0).CaseId;
        using var inspector = await host.ClientAsync("inspector");
        var list = await Ok<DocumentRequestListDto>(await inspector.GetAsync($"/api/cases/{caseId}/document-requests"));
        var created = await inspector.PostAsJsonAsync($"/api/cases/{caseId}/document-requests", new CreateDocumentRequestDto(title, null, null, list.ConcurrencyStamp), J);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (caseId, await Ok<DocumentRequestDto>(created));
    }

    [Fact]
    public async Task Should_carry_a_request_from_the_team_to_the_unit_and_back_over_http()
    {
        var (caseId, request) = await NewRequestOnMyUnitAsync("Quyết định kiện toàn tổ số hóa");
        using var unitrep = await host.ClientAsync("unitrep");
        var stamp = (await Ok<DocumentRequestListDto>(await unitrep.GetAsync($"/api/cases/{caseId}/document-requests"))).ConcurrencyStamp;

        var answered = await Ok<DocumentRequestDto>(await unitrep.PostAsync($"/api/cases/{caseId}/document-requests/{request.Id}/answers",
            Answer(stamp, "Gửi quyết định số 15/QĐ", ("quyet-dinh-15.pdf", "application/pdf", Encoding.UTF8.GetBytes("%PDF-1.4 QĐ 15")), ("phu-luc.txt", "text/plain", [65]))));
        answered.Status.ShouldBe(DocumentRequestStatus.Answered);
        answered.Answers.ShouldHaveSingleItem().Files.Count.ShouldBe(2);

        using var inspector = await host.ClientAsync("inspector");
        stamp = (await Ok<DocumentRequestListDto>(await inspector.GetAsync($"/api/cases/{caseId}/document-requests"))).ConcurrencyStamp;
        var accepted = await Ok<DocumentRequestDto>(await inspector.PostAsJsonAsync($"/api/cases/{caseId}/document-requests/{request.Id}/accept", new AcceptDocumentRequestDto(stamp), J));
        accepted.Status.ShouldBe(DocumentRequestStatus.Accepted);

        // The unit's side is not the team's, and the other way round.
        var selfAccept = await unitrep.PostAsJsonAsync($"/api/cases/{caseId}/document-requests/{request.Id}/accept", new AcceptDocumentRequestDto(stamp), J);
        selfAccept.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var teamAnswer = await inspector.PostAsync($"/api/cases/{caseId}/document-requests/{request.Id}/answers", Answer(stamp, "x"));
        teamAnswer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_refuse_an_oversized_or_forbidden_file_with_a_problem_and_keep_the_request_open()
    {
        var (caseId, request) = await NewRequestOnMyUnitAsync("Báo cáo tỷ lệ số hóa hồ sơ");
        using var unitrep = await host.ClientAsync("unitrep");
        var stamp = (await Ok<DocumentRequestListDto>(await unitrep.GetAsync($"/api/cases/{caseId}/document-requests"))).ConcurrencyStamp;

        var big = await unitrep.PostAsync($"/api/cases/{caseId}/document-requests/{request.Id}/answers",
            Answer(stamp, null, ("lon.pdf", "application/pdf", new byte[CaseWebHost.MaxEvidenceBytes + 1])));
        big.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await big.Content.ReadAsStringAsync()).ShouldContain(CaseErrorCodes.EvidenceTooLarge);

        var html = await unitrep.PostAsync($"/api/cases/{caseId}/document-requests/{request.Id}/answers",
            Answer(stamp, null, ("trang.html", "text/html", [60, 98, 62])));
        html.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await html.Content.ReadAsStringAsync()).ShouldContain(CaseErrorCodes.EvidenceTypeNotAllowed);

        var after = await Ok<DocumentRequestListDto>(await unitrep.GetAsync($"/api/cases/{caseId}/document-requests"));
        after.Items.Single(r => r.Id == request.Id).Status.ShouldBe(DocumentRequestStatus.Open);
        after.ConcurrencyStamp.ShouldBe(stamp);
    }
}
