using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// planItemId on POST /api/cases is checked: the item exists, is for the case's unit in its authority's plan, and no case
/// implements it yet (a closed linked case credits the item's unit as checked).
/// </summary>
public sealed class CasePlanItemHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>A drawn (draft) Sở Nội vụ plan: its items exist and no case implements them yet.</summary>
    private static async Task<List<PlanItemDto>> DrawnPlanItemsAsync(HttpClient supervisor, int year)
    {
        var plan = await Json(await supervisor.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, year), J));
        var id = plan.GetProperty("id").GetGuid();
        (await supervisor.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto($"PLAN-ITEM-{year}", plan.GetProperty("concurrencyStamp").GetString()!), J))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var items = await supervisor.GetFromJsonAsync<PagedResultDto<PlanItemDto>>($"/api/plans/{id}/items?take=200", J);
        return items!.Items.ToList();
    }

    private static async Task<Guid> UnitIdAsync(HttpClient http, string code)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"/api/units?filter={code}&take=50");
        return page.GetProperty("items").EnumerateArray().First(u => u.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient http, AuthorityCode authority, Guid unitId, Guid? planItemId, string subject)
        => http.PostAsJsonAsync("/api/cases", new CreateCaseDto(authority == AuthorityCode.ThanhTra ? CaseKind.Inspection : CaseKind.Check, authority, unitId,
            subject, "2033", "KH 2033", null, null, planItemId), J);

    private static async Task<int> CountAsync(HttpClient http, string subject)
        => (await http.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>($"/api/cases?filter={Uri.EscapeDataString(subject)}&take=50", J))!.Items.Count;

    private static async Task ShouldBeRefused(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        JsonDocument.Parse(body).RootElement.GetProperty("code").GetString().ShouldBe(code);
    }

    [Fact]
    public async Task Should_accept_only_an_existing_unlinked_plan_item_of_the_same_unit_and_authority()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var items = await DrawnPlanItemsAsync(supervisor, 2033);
        var item = items[0];
        var other = items.First(i => i.UnitCode != item.UnitCode);
        var unitId = await UnitIdAsync(supervisor, item.UnitCode);
        const string subject = "Kiểm tra theo mục kế hoạch 2033";

        await ShouldBeRefused(await CreateAsync(supervisor, AuthorityCode.NoiVu, unitId, Guid.NewGuid(), subject), HttpStatusCode.BadRequest, CaseErrorCodes.PlanItemNotFound);
        await ShouldBeRefused(await CreateAsync(supervisor, AuthorityCode.NoiVu, unitId, other.Id, subject), HttpStatusCode.BadRequest, CaseErrorCodes.PlanItemMismatch);
        await ShouldBeRefused(await CreateAsync(supervisor, AuthorityCode.ThanhTra, unitId, item.Id, subject), HttpStatusCode.BadRequest, CaseErrorCodes.PlanItemMismatch);
        (await CountAsync(supervisor, subject)).ShouldBe(0);

        var created = await CreateAsync(supervisor, AuthorityCode.NoiVu, unitId, item.Id, subject);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var c = (await created.Content.ReadFromJsonAsync<CaseDto>(J))!;
        c.PlanItemId.ShouldBe(item.Id);

        var duplicate = await CreateAsync(supervisor, AuthorityCode.NoiVu, unitId, item.Id, subject);
        await ShouldBeRefused(duplicate, HttpStatusCode.Conflict, CaseErrorCodes.PlanItemAlreadyLinked);
        (await Json(duplicate)).GetProperty("title").GetString()!.ShouldContain(c.Code);
        (await CountAsync(supervisor, subject)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_answer_a_race_for_one_plan_item_with_one_case_and_a_conflict_never_a_500()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var items = await DrawnPlanItemsAsync(supervisor, 2034);
        var item = items[^1];
        var unitId = await UnitIdAsync(supervisor, item.UnitCode);
        const string subject = "Kiểm tra theo mục kế hoạch (song song)";

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CreateAsync(supervisor, AuthorityCode.NoiVu, unitId, item.Id, subject)));
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.Created).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict);
        (await CountAsync(supervisor, subject)).ShouldBe(1);
    }
}
