using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Browser;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Two team members on one case through the API (issue 18): inspector2 read the case, inspector recorded a finding, and
/// inspector2's additions made from the stale read are all accepted; a second result on the same checklist item from
/// the stale read is a 409 with the item's code, and the first result is kept.
/// </summary>
public sealed class TeamWorkHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;

    private static async Task<T> Ok<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(J))!;
    }

    [Fact]
    public async Task Should_accept_interleaved_additions_of_two_members_and_conflict_only_on_the_same_item()
    {
        var c = await new CaseJourneyApi(host.BaseAddress).CaseOnSiteAsync("P02", "Kiểm tra làm việc song song");
        using var inspector = await host.ClientAsync("inspector");
        using var inspector2 = await host.ClientAsync("inspector2");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

        var seenBy2 = await Ok<CaseDto>(await inspector2.GetAsync($"/api/cases/{c.Id}"));
        var items = await Ok<List<ChecklistItemDto>>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/checklist/catalogue", new AddCatalogueCriteriaDto(seenBy2.ConcurrencyStamp), J));
        var itemsSeenBy2 = await Ok<List<ChecklistItemDto>>(await inspector2.GetAsync($"/api/cases/{c.Id}/checklist"));

        // Interleaved: inspector, inspector2, inspector, inspector2… each inspector2 write carries the stamp read before any of them.
        await Ok<FindingDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/findings",
            new RecordFindingDto(null, "Chi sai định mức", FindingSeverity.Serious, null, 2_000_000m, null, seenBy2.ConcurrencyStamp), J));
        await Ok<CaseDto>(await inspector2.PostAsJsonAsync($"/api/cases/{c.Id}/diary", new AddDiaryEntryDto(today, "Đối chiếu chứng từ", seenBy2.ConcurrencyStamp), J));
        await Ok<ChecklistResultDto>(await inspector.PutAsJsonAsync($"/api/cases/{c.Id}/checklist/{items[0].Id}",
            new RecordChecklistResultDto(CheckResult.Met, "96%", null, seenBy2.ConcurrencyStamp, items[0].Stamp), J));
        var upload = new MultipartFormDataContent { { new StringContent(seenBy2.ConcurrencyStamp), "concurrencyStamp" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.4 chứng từ"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        upload.Add(file, "file", "chung-tu.pdf");
        (await inspector2.PostAsync($"/api/cases/{c.Id}/evidence", upload)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await Ok<ChecklistResultDto>(await inspector2.PutAsJsonAsync($"/api/cases/{c.Id}/checklist/{itemsSeenBy2[1].Id}",
            new RecordChecklistResultDto(CheckResult.NotApplicable, null, "Không áp dụng", seenBy2.ConcurrencyStamp, itemsSeenBy2[1].Stamp), J));
        await Ok<CaseDto>(await inspector2.PostAsJsonAsync($"/api/cases/{c.Id}/minutes", new AddMinutesDto("Biên bản làm việc", today, "Nội dung", seenBy2.ConcurrencyStamp), J));

        // The same item, from inspector2's stale read of it: a conflict, and the first result stays.
        var conflict = await inspector2.PutAsJsonAsync($"/api/cases/{c.Id}/checklist/{itemsSeenBy2[0].Id}",
            new RecordChecklistResultDto(CheckResult.NotMet, "50%", null, seenBy2.ConcurrencyStamp, itemsSeenBy2[0].Stamp), J);
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(CaseErrorCodes.PartChangedMeanwhile);

        var after = await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{c.Id}"));
        after.Diary.ShouldHaveSingleItem().Text.ShouldBe("Đối chiếu chứng từ");
        after.Minutes.ShouldHaveSingleItem();
        after.EvidenceCount.ShouldBe(1);
        after.FindingCount.ShouldBe(1);
        var checklist = await Ok<List<ChecklistItemDto>>(await inspector.GetAsync($"/api/cases/{c.Id}/checklist"));
        checklist.Single(i => i.Id == items[0].Id).Result.ShouldBe(CheckResult.Met);
        checklist.Single(i => i.Id == items[1].Id).Result.ShouldBe(CheckResult.NotApplicable);
    }
}
