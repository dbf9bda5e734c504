using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Planning;

/// <summary>
/// Issue 14 over HTTP: Thanh tra tỉnh's plan page is a list editor (add with field errors, remove, approve) without the
/// draw's controls; the API adds a đột xuất item after approval with its case, and refuses a draw with 060011.
/// </summary>
public sealed class TtPlanListPageTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private static async Task<JsonElement> PlanAsync(TestClient client, Guid id) => await client.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}");

    private static async Task<string> PostFormAsync(TestClient client, Guid id, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.GetTokenAsync($"/Planning/Plan/{id}");
        fields["concurrencyStamp"] = (await PlanAsync(client, id)).GetProperty("concurrencyStamp").GetString()!;
        var post = await client.Http.PostAsync($"/Planning/Plan/{id}?handler={handler}", new FormUrlEncodedContent(fields));
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await client.Http.GetStringAsync(post.Headers.Location!.ToString());
    }

    private static async Task<List<JsonElement>> ItemsAsync(TestClient client, Guid id)
        => (await client.Http.GetFromJsonAsync<JsonElement>($"/api/plans/{id}/items?take=100")).GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task Should_build_thanh_tra_tinhs_list_on_the_plan_page_approve_it_and_add_a_dot_xuat_inspection_after()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("supervisor");
        var created = await (await client.Http.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.ThanhTra, 2045))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("mode").GetString().ShouldBe("List");

        var html = await client.Http.GetStringAsync($"/Planning/Plan/{id}");
        html.ShouldContain("id=\"list-form\"");
        html.ShouldContain("id=\"plan-list-empty\"");
        foreach (var drawControl in new[] { "id=\"draw-submit\"", "id=\"risk-form\"", "id=\"adjust-form\"", "id=\"coverage\"", "id=\"plan-seed\"" })
            html.ShouldNotContain(drawControl);

        // A missing subject and both a month and a quarter: the form's labels are named, nothing is added.
        html = await PostFormAsync(client, id, "AddItem", new() { ["unitCode"] = "SO-TC", ["subject"] = "", ["legalBasis"] = "x", ["origin"] = "Planned", ["plannedMonth"] = "2", ["plannedQuarter"] = "1" });
        html.ShouldContain("id=\"plan-error\"");
        html.ShouldContain(LocalizationTexts.Vi["PlanList.Subject"]);
        (await ItemsAsync(client, id)).ShouldBeEmpty();

        html = await PostFormAsync(client, id, "AddItem", new() { ["unitCode"] = "so-tc", ["subject"] = "Thanh tra công tác quản lý ngân sách", ["legalBasis"] = "Định hướng của Thanh tra Chính phủ", ["origin"] = "Planned", ["plannedQuarter"] = "2" });
        html.ShouldNotContain("id=\"plan-error\"");
        html.ShouldContain("Thanh tra công tác quản lý ngân sách");
        html.ShouldContain("data-period=\"q2\""); // PlanItemSchedule.Value, the one spelling of a planned period
        await PostFormAsync(client, id, "AddItem", new() { ["unitCode"] = "X011", ["subject"] = "Thanh tra trách nhiệm người đứng đầu", ["legalBasis"] = "Đơn phản ánh", ["origin"] = "AdHoc", ["plannedMonth"] = "5" });
        await PostFormAsync(client, id, "AddItem", new() { ["unitCode"] = "X012", ["subject"] = "Thanh tra tạm", ["legalBasis"] = "Thử", ["origin"] = "Planned" });
        var items = await ItemsAsync(client, id);
        items.Count.ShouldBe(3);

        // Remove one (the page asks for confirmation before the post).
        html = await client.Http.GetStringAsync($"/Planning/Plan/{id}");
        html.ShouldContain("data-confirm=\"" + LocalizationTexts.Vi["PlanList.RemoveConfirm"].Replace("{0}", "X012"));
        var temp = items.Single(i => i.GetProperty("unitCode").GetString() == "X012").GetProperty("id").GetString()!;
        await PostFormAsync(client, id, "RemoveItem", new() { ["itemId"] = temp });
        (await ItemsAsync(client, id)).Select(i => i.GetProperty("unitCode").GetString()).ShouldBe(["SO-TC", "X011"], ignoreOrder: true);

        html = await PostFormAsync(client, id, "Approve", new());
        html.ShouldContain(LocalizationTexts.Vi["PlanStatus.Approved"]);
        html.ShouldContain("class=\"plan-case-link\"");
        html.ShouldNotContain($"value=\"{PlanItemOrigin.Planned}\""); // after approval only đột xuất may be added
        (await PlanAsync(client, id)).GetProperty("casesCreated").GetInt32().ShouldBe(2);

        // Through the API: a đột xuất inspection after approval opens its case at once; a draw is refused.
        var stamp = (await PlanAsync(client, id)).GetProperty("concurrencyStamp").GetString()!;
        var adHoc = await client.Http.PostAsJsonAsync($"/api/plans/{id}/items",
            new AddPlanListItemDto("X013", "Thanh tra đột xuất việc tiếp công dân", "Chỉ đạo của Chủ tịch UBND tỉnh", PlanItemOrigin.AdHoc, null, 4, stamp));
        adHoc.StatusCode.ShouldBe(HttpStatusCode.Created);
        var item = await adHoc.Content.ReadFromJsonAsync<JsonElement>();
        item.GetProperty("caseId").ValueKind.ShouldBe(JsonValueKind.String);
        item.GetProperty("origin").GetString().ShouldBe("AdHoc");
        stamp = (await PlanAsync(client, id)).GetProperty("concurrencyStamp").GetString()!;
        var draw = await client.Http.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("NO", stamp));
        draw.IsSuccessStatusCode.ShouldBeFalse();
        (await draw.Content.ReadAsStringAsync()).ShouldContain(PlanningErrorCodes.DrawNotForListPlan);
        (await PlanAsync(client, id)).GetProperty("casesCreated").GetInt32().ShouldBe(3);
    }
}
