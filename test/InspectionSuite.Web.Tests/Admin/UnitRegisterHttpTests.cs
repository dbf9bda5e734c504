using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Admin;

/// <summary>Issue 18: add, edit and retire units through the register form (/Admin/UnitEdit) and the API.</summary>
public sealed class UnitRegisterHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private static async Task<HttpResponseMessage> PostFormAsync(TestClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.GetTokenAsync(path);
        return await client.Http.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static async Task<JsonElement?> FindAsync(TestClient client, string code)
    {
        var items = (await client.Http.GetFromJsonAsync<JsonElement>($"/api/units?filter={code}")).GetProperty("items");
        return items.EnumerateArray().Where(u => u.GetProperty("code").GetString() == code).Select(u => (JsonElement?)u).FirstOrDefault();
    }

    [Fact]
    public async Task Should_add_edit_and_retire_a_unit_through_the_form()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("admin");
        (await client.Http.GetStringAsync("/Admin/Units")).ShouldContain("/Admin/UnitEdit");

        var add = await PostFormAsync(client, "/Admin/UnitEdit", new() { ["Input.Code"] = "WEB-1", ["Input.Name"] = "Xã Hòa Bình", ["Input.Kind"] = "Commune", ["Input.ValidFrom"] = "2026-01-01" });
        add.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var unit = (await FindAsync(client, "WEB-1")).ShouldNotBeNull();
        unit.GetProperty("name").GetString().ShouldBe("Xã Hòa Bình");
        var id = unit.GetProperty("id").GetGuid();

        var edit = await PostFormAsync(client, $"/Admin/UnitEdit?id={id}", new()
        {
            ["Input.Name"] = "Xã Hòa Bình Mới", ["Input.Kind"] = "Ward", ["Input.ValidFrom"] = "2026-01-01",
            ["Input.ConcurrencyStamp"] = unit.GetProperty("concurrencyStamp").GetString()!,
        });
        edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        unit = (await FindAsync(client, "WEB-1")).ShouldNotBeNull();
        unit.GetProperty("name").GetString().ShouldBe("Xã Hòa Bình Mới");
        unit.GetProperty("kind").GetString().ShouldBe("Ward");

        var page = WebUtility.HtmlDecode(await client.Http.GetStringAsync($"/Admin/UnitEdit?id={id}"));
        page.ShouldContain("data-confirm=\"Cho đơn vị WEB-1 thôi hiệu lực?"); // confirmation before retiring
        var retire = await PostFormAsync(client, $"/Admin/UnitEdit?id={id}&handler=Retire", new()
        {
            ["LastDay"] = "2026-12-31", ["Input.ConcurrencyStamp"] = unit.GetProperty("concurrencyStamp").GetString()!,
        });
        retire.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindAsync(client, "WEB-1")).ShouldNotBeNull().GetProperty("validTo").GetString().ShouldBe("2026-12-31");
    }

    [Fact]
    public async Task Should_show_clear_errors_and_change_nothing_on_bad_input()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("admin");
        var bad = await PostFormAsync(client, "/Admin/UnitEdit", new() { ["Input.Code"] = "WEB-BAD", ["Input.Name"] = " ", ["Input.Kind"] = "Commune", ["Input.ValidFrom"] = "2027-01-01", ["Input.ValidTo"] = "2026-01-01" });
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        html.ShouldContain(LocalizationTexts.Vi["Validation.Required"]);
        html.ShouldContain(LocalizationTexts.Vi["Validation.DateRange"]);
        html.ShouldContain("value=\"WEB-BAD\""); // what the user typed comes back
        (await FindAsync(client, "WEB-BAD")).ShouldBeNull();

        var existing = (await client.Http.GetFromJsonAsync<JsonElement>("/api/units?take=1")).GetProperty("items")[0].GetProperty("code").GetString()!;
        var duplicate = await PostFormAsync(client, "/Admin/UnitEdit", new() { ["Input.Code"] = existing, ["Input.Name"] = "Trùng mã", ["Input.Kind"] = "Commune" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        System.Net.WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()).ShouldContain($"Mã đơn vị {existing} bị trùng.");
    }

    [Fact]
    public async Task Should_add_and_retire_through_the_api_with_problem_answers_for_bad_input()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("admin");
        var created = await client.Http.PostAsJsonAsync("/api/units", new CreateUnitDto("API-1", "Sở Thử Nghiệm", UnitKind.Department, null, null));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var unit = await created.Content.ReadFromJsonAsync<JsonElement>();
        created.Headers.Location!.ToString().ShouldBe($"/api/units/{unit.GetProperty("id").GetGuid()}");

        var invalid = await client.Http.PostAsJsonAsync("/api/units", new CreateUnitDto("", "Không mã", UnitKind.Commune, null, null));
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _).ShouldBeTrue();

        var duplicate = await client.Http.PostAsJsonAsync("/api/units", new CreateUnitDto("api-1", "Trùng", UnitKind.Commune, null, null));
        (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.UnitCodeDuplicate);

        var id = unit.GetProperty("id").GetGuid();
        var retired = await client.Http.PostAsJsonAsync($"/api/units/{id}/retire", new RetireUnitDto(new DateOnly(2026, 6, 30), unit.GetProperty("concurrencyStamp").GetString()!));
        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await retired.Content.ReadFromJsonAsync<JsonElement>();
        after.GetProperty("validTo").GetString().ShouldBe("2026-06-30");
        var again = await client.Http.PostAsJsonAsync($"/api/units/{id}/retire", new RetireUnitDto(new DateOnly(2026, 7, 1), after.GetProperty("concurrencyStamp").GetString()!));
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.UnitAlreadyRetired);
        (await FindAsync(client, "API-1")).ShouldNotBeNull().GetProperty("validTo").GetString().ShouldBe("2026-06-30");
    }

    [Theory]
    [InlineData("inspector")]
    [InlineData("supervisor")]
    [InlineData("unitrep")]
    public async Task Should_refuse_the_form_and_the_api_to_users_without_the_manage_permission(string user)
    {
        using var client = host.CreateClient();
        await client.LoginAsync(user);
        (await client.Http.GetAsync("/Admin/UnitEdit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.PostAsJsonAsync("/api/units", new CreateUnitDto("DENY-" + user, "Xã Từ Chối", UnitKind.Commune, null, null))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.Http.PostAsJsonAsync($"/api/units/{Guid.NewGuid()}/retire", new RetireUnitDto(null, "x"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
