using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.Identity;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// A re-check inspector (an inspector who sees a case only because a re-check was assigned to them, not a team member)
/// reads the case and records the results of their own re-check; every other change is refused with 403 and changes nothing.
/// </summary>
public sealed class ReCheckInspectorAccessHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private const string ReCheckInspector = "rechecker";

    internal static async Task<T> Ok<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(CaseWebHost.Json))!;
    }

    internal static async Task<Guid> NewInspectorAsync(CaseWebHost host, string userName)
    {
        using var scope = host.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { Id = Guid.NewGuid(), UserName = userName, Email = userName + "@test.local", EmailConfirmed = true, FullName = "Người kiểm tra lại" };
        (await users.CreateAsync(user, Seeding.DataSeeder.DemoPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, InspectionSuiteRoles.Inspector)).Succeeded.ShouldBeTrue();
        return user.Id;
    }

    internal static async Task<ReCheckDto> OrderAsync(HttpClient supervisor, Guid caseId, string number, Guid inspectorId)
    {
        var c = await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{caseId}"));
        return await Ok<ReCheckDto>(await supervisor.PostAsJsonAsync($"/api/cases/{caseId}/follow-up/re-checks",
            new OrderReCheckDto(number, new DateOnly(2026, 3, 2), "Kiểm tra lại việc khắc phục", null, [inspectorId], c.ConcurrencyStamp), CaseWebHost.Json));
    }

    [Fact]
    public async Task Should_let_a_re_check_inspector_read_the_case_and_record_only_their_own_re_checks_results()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var item = (await supervisor.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=200", CaseWebHost.Json))!.Items.First(c => c.State == CaseStates.FollowUp);
        var before = await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{item.Id}"));
        var inspector2 = before.Team.Single(m => m.UserName == "inspector2").UserId;
        var reCheckerId = await NewInspectorAsync(host, ReCheckInspector);
        var mine = await OrderAsync(supervisor, item.Id, "31/QĐ-SNV", reCheckerId);
        var other = await OrderAsync(supervisor, item.Id, "32/QĐ-SNV", inspector2);
        var sanctions = await Ok<List<SanctionDto>>(await supervisor.GetAsync($"/api/cases/{item.Id}/sanctions"));
        before = await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{item.Id}"));

        using var api = await host.ClientAsync(ReCheckInspector);
        var c = await Ok<CaseDto>(await api.GetAsync($"/api/cases/{item.Id}"));
        c.ReCheckInspectorOnly.ShouldBeTrue();
        var stamp = c.ConcurrencyStamp;
        async Task Refused(Task<HttpResponseMessage> call, string what)
        {
            var response = await call;
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, what + ": " + body);
            // The refusal names its reason in words (the localized text of the reason's code).
            System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()!
                .ShouldContain(LocalizationTexts.Vi[CaseErrorCodes.ReCheckInspectorReadOnly], customMessage: what);
        }

        await Refused(api.PutAsJsonAsync($"/api/cases/{item.Id}", new UpdateCaseDto("Đổi tên", null, null, null, null, stamp), CaseWebHost.Json), "rename");
        await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/sanctions/{sanctions[0].Id}/carry-over", new CarryOverSanctionDto("Chuyển kỳ sau", stamp), CaseWebHost.Json), "carry-over");
        using (var upload = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent("%PDF-1.4\n%%EOF\n"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            upload.Add(file, "file", "bien-ban.pdf");
            upload.Add(new StringContent(stamp), "concurrencyStamp");
            await Refused(api.PostAsync($"/api/cases/{item.Id}/evidence", upload), "evidence upload");
        }
        await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/follow-up/re-checks",
            new OrderReCheckDto("33/QĐ-SNV", new DateOnly(2026, 3, 3), "Lần nữa", null, [reCheckerId], stamp), CaseWebHost.Json), "order a re-check");
        await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/follow-up/reports",
            new ReportImplementationDto(sanctions[0].Id, ImplementationStatus.Done, 0, "Đã xong", stamp), CaseWebHost.Json), "implementation report");
        // Confirming or rejecting the unit's report is the team's (issue 14): a re-check inspector off the team may not.
        await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/follow-up/sanctions/{sanctions[0].Id}/confirm", new ConfirmImplementationDto(stamp), CaseWebHost.Json), "confirm a report");
        await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/follow-up/sanctions/{sanctions[0].Id}/reject", new RejectImplementationDto("Không", stamp), CaseWebHost.Json), "reject a report");
        foreach (var trigger in new[] { CaseTriggers.Close, CaseTriggers.Cancel })
            await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/triggers/{trigger}", new FireTriggerDto(c.WorkflowVersion, "Lý do"), CaseWebHost.Json), "fire " + trigger);
        (await Ok<List<CaseTriggerDto>>(await api.GetAsync($"/api/cases/{item.Id}/triggers"))).ShouldAllBe(t => !t.Allowed);
        // The Thanh tra records of issue 14 the inspector role may otherwise make: refused on a case they only re-check.
        await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/extension-request", new RequestExtensionDto(5, "Đề nghị", stamp), CaseWebHost.Json), "extension request");
        await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/member-reports", new AddMemberReportDto(reCheckerId, new DateOnly(2026, 3, 3), "Báo cáo", null, stamp), CaseWebHost.Json), "member report");
        await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/explanations", new RecordExplanationDto(new DateOnly(2026, 3, 3), "Giải trình", null, stamp), CaseWebHost.Json), "explanation");
        await Refused(api.PostAsJsonAsync($"/api/cases/{item.Id}/follow-up/re-checks/{other.Id}/results",
            new RecordReCheckResultDto(sanctions[0].Id, ReCheckOutcome.ConfirmedDone, null, null, stamp), CaseWebHost.Json), "another re-check's result");

        var after = await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{item.Id}"));
        after.ConcurrencyStamp.ShouldBe(before.ConcurrencyStamp); // nothing was written
        after.Subject.ShouldBe(before.Subject);
        after.State.ShouldBe(CaseStates.FollowUp);
        after.EvidenceCount.ShouldBe(before.EvidenceCount);

        var recorded = await Ok<ReCheckDto>(await api.PostAsJsonAsync($"/api/cases/{item.Id}/follow-up/re-checks/{mine.Id}/results",
            new RecordReCheckResultDto(sanctions[0].Id, ReCheckOutcome.ConfirmedDone, null, null, stamp), CaseWebHost.Json));
        recorded.Results.ShouldHaveSingleItem().SanctionId.ShouldBe(sanctions[0].Id);
        (await Ok<List<ReCheckDto>>(await api.GetAsync($"/api/cases/{item.Id}/follow-up/re-checks"))).Single(r => r.Id == other.Id).Results.ShouldBeEmpty();

        // The workspace offers them their own re-check's form only, and its handlers refuse the rest.
        using var browser = new TestClient(host.BaseAddress);
        (await browser.LoginAsync(ReCheckInspector)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await browser.Http.GetStringAsync($"/Cases/Detail/{item.Id}");
        page.ShouldContain($"id=\"re-check-result-{mine.Id}\"");
        page.ShouldNotContain($"id=\"re-check-result-{other.Id}\"");
        page.ShouldNotContain("id=\"re-check-order-form\"");
        page.ShouldNotContain("carry-over-form");
        page.ShouldNotContain("id=\"upload-form\"");
        page.ShouldNotContain("asp-page-handler=\"Fire\"");
        page.ShouldNotContain("class=\"trigger-form\"");
        var token = TestClient.AntiforgeryToken(page);
        var pageStamp = Regex.Match(page, $"id=\"re-check-result-{mine.Id}\".*?name=\"Stamp\" value=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
        var carry = await browser.Http.PostAsync($"/Cases/Detail/{item.Id}?handler=CarryOver", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Stamp"] = pageStamp, ["CarryOver.SanctionId"] = sanctions[1].Id.ToString(), ["CarryOver.Reason"] = "Chuyển kỳ sau", ["__RequestVerificationToken"] = token,
        }));
        carry.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var close = await browser.Http.PostAsync($"/Cases/Detail/{item.Id}?handler=Fire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["trigger"] = CaseTriggers.Close, ["version"] = after.WorkflowVersion.ToString(), ["__RequestVerificationToken"] = token,
        }));
        close.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Ok<List<SanctionDto>>(await supervisor.GetAsync($"/api/cases/{item.Id}/sanctions"))).Single(s => s.Id == sanctions[1].Id).Status
            .ShouldBe(sanctions[1].Status);
        (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{item.Id}"))).State.ShouldBe(CaseStates.FollowUp);
    }

}
