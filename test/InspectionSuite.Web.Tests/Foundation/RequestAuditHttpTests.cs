using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InspectionSuite.Web.Tests.Infrastructure;
using InspectionSuite.Web.Tests.Security;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>
/// The request audit records what signed-in users send, after the endpoint has read it: nothing for anonymous callers,
/// no second read of an upload, and the path the caller asked for (not the error page that answered). A command that
/// commits writes its record in its own transaction ("committed"); one that fails is recorded with its status.
/// </summary>
public sealed class RequestAuditHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Fact]
    public async Task Should_write_no_audit_rows_for_anonymous_posts()
    {
        var before = (await Accounts.RequestAuditRowsAsync(host)).Count;
        using var anonymous = host.CreateClient();
        var token = await anonymous.GetTokenAsync("/Account/Login");
        for (var i = 0; i < 5; i++)
        {
            (await anonymous.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "nobody" + i, ["Input.Password"] = "x", ["filler"] = new string('a', 4000), ["__RequestVerificationToken"] = token,
            }))).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await anonymous.Http.PostAsync("/api/units/import", new StringContent("code,name,kind", Encoding.UTF8, "text/csv"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await anonymous.Http.PostAsync($"/api/cases/{Guid.NewGuid()}/evidence", new MultipartFormDataContent { { new ByteArrayContent(new byte[4096]), "file", "a.pdf" } }))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await Accounts.RequestAuditRowsAsync(host)).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Should_accept_an_authenticated_upload_of_two_16_MB_files_and_record_it_without_reading_it_twice()
    {
        using var unitrep = host.CreateClient();
        (await unitrep.LoginAsync("unitrep")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var work = await unitrep.Http.GetFromJsonAsync<JsonElement>("/api/cases/my-unit");
        var caseId = work.GetProperty("items").EnumerateArray().First(w => w.GetProperty("requestsToAnswer").GetInt32() > 0).GetProperty("caseId").GetGuid();
        var list = await unitrep.Http.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/document-requests");
        var requestId = list.GetProperty("items").EnumerateArray()
            .First(r => r.GetProperty("status").GetString() is "Open" or "Returned").GetProperty("id").GetGuid();

        const int size = 16 * 1024 * 1024;
        var form = new MultipartFormDataContent { { new StringContent(list.GetProperty("concurrencyStamp").GetString()!), "concurrencyStamp" } };
        foreach (var name in new[] { "bien-ban-1.pdf", "bien-ban-2.pdf" })
        {
            var bytes = new byte[size];
            Array.Fill(bytes, (byte)'a');
            "%PDF-1.7\n"u8.CopyTo(bytes);
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, "files", name);
        }
        var answered = await unitrep.Http.PostAsync($"/api/cases/{caseId}/document-requests/{requestId}/answers", form);

        answered.StatusCode.ShouldBe(HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        var row = (await Accounts.RequestAuditRowsAsync(host)).Last(r => r.Target == caseId.ToString() && r.Action.StartsWith("POST", StringComparison.Ordinal));
        // Written with the answer's own transaction (issue 19 item 7), before the reply's status exists.
        row.Result.ShouldBe(InspectionSuite.Auditing.IRequestAudit.CommittedResult);
        row.Summary!.ShouldContain($"file=bien-ban-1.pdf ({size} bytes)");
        row.Summary!.ShouldContain($"file=bien-ban-2.pdf ({size} bytes)");
    }

    [Fact]
    public async Task Should_record_a_failing_request_under_the_path_it_was_sent_to()
    {
        using var admin = host.CreateClient();
        (await admin.LoginAsync("admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var token = await admin.GetTokenAsync("/Admin/Users");
        var missing = Guid.NewGuid();
        // The service throws "not found"; the error page answers it (re-executed as /Error).
        var response = await admin.Http.PostAsync($"/Admin/Users?handler=Lock&id={missing}&locked=true",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.Http.PostAsync("/Admin/NoSuchPage", new FormUrlEncodedContent(new Dictionary<string, string> { ["unitCode"] = "X040" })))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var rows = await Accounts.RequestAuditRowsAsync(host);
        rows.ShouldContain(r => r.Target == "/Admin/Users" && r.Result == "404" && r.Summary!.Contains(missing.ToString()));
        rows.ShouldContain(r => r.Target == "/Admin/NoSuchPage" && r.Result == "404");
        rows.ShouldNotContain(r => r.Target!.StartsWith("/Error", StringComparison.Ordinal) || r.Action.Contains("/Error", StringComparison.Ordinal));
    }
}
