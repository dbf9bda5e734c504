using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Issue 18, /Cases/New "optional plan item": the page offers the units of the plans without a case yet; a case opened
/// from one implements it (its plan page links the case, the item is offered no more) and the draft is not drawn again under it.
/// </summary>
public sealed class CaseNewPlanItemHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;

    [Fact]
    public async Task Should_open_a_case_from_a_plan_item_on_the_new_case_page_and_show_the_item_opened_on_the_plan_page()
    {
        using var api = await host.ClientAsync("supervisor");
        var plan = await (await api.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2040), J)).Content.ReadFromJsonAsync<JsonElement>();
        var planId = plan.GetProperty("id").GetGuid();
        (await api.PostAsJsonAsync($"/api/plans/{planId}/draw", new DrawPlanDto("NEW-CASE-2040", plan.GetProperty("concurrencyStamp").GetString()!), J))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var items = (await api.GetFromJsonAsync<PagedResultDto<PlanItemDto>>($"/api/plans/{planId}/items?take=200", J))!.Items;
        var item = items.First(i => i.Selected);
        var notInPlan = items.First(i => !i.Selected);

        var client = new TestClient(host.BaseAddress);
        using var _ = client;
        (await client.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await client.Http.GetStringAsync("/Cases/New");
        html.ShouldContain($"<option value=\"{item.Id}\"");
        html.ShouldNotContain($"value=\"{notInPlan.Id}\""); // only the units the plan selected
        html.ShouldContain(LocalizationTexts.Vi["CaseNew.PlanItem"]);

        // The unit is left empty: the item's unit is taken.
        var token = await client.GetTokenAsync("/Cases/New");
        var created = await client.Http.PostAsync("/Cases/New", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Kind"] = "Check", ["Input.Authority"] = "NoiVu", ["Input.Unannounced"] = "false", ["Input.UnitCode"] = "",
            ["Input.PlanItemId"] = item.Id.ToString(), ["Input.Subject"] = "Kiểm tra theo kế hoạch năm 2040", ["__RequestVerificationToken"] = token,
        }));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        var caseId = Guid.Parse(created.Headers.Location!.ToString()["/Cases/Detail/".Length..].Split('?', '#')[0]);

        var c = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{caseId}", J))!;
        c.PlanItemId.ShouldBe(item.Id);
        c.UnitCode.ShouldBe(item.UnitCode);
        var linked = (await api.GetFromJsonAsync<PagedResultDto<PlanItemDto>>($"/api/plans/{planId}/items?take=200", J))!.Items.Single(i => i.Id == item.Id);
        linked.CaseId.ShouldBe(caseId);
        (await client.Http.GetStringAsync($"/Planning/Plan/{planId}?q={item.UnitCode}")).ShouldContain($"href=\"/Cases/Detail/{caseId}\"");
        (await client.Http.GetStringAsync("/Cases/New")).ShouldNotContain($"value=\"{item.Id}\"");

        // The draft is not drawn again from under the case (its item would go).
        var stamp = (await api.GetFromJsonAsync<JsonElement>($"/api/plans/{planId}", J)).GetProperty("concurrencyStamp").GetString()!;
        var redraw = await api.PostAsJsonAsync($"/api/plans/{planId}/draw", new DrawPlanDto("NEW-CASE-2040-B", stamp), J);
        redraw.IsSuccessStatusCode.ShouldBeFalse();
        (await redraw.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(PlanningErrorCodes.ItemHasCase);
    }
}
