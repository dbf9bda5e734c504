using System.Net;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Oversight;

public sealed class OversightPageTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Theory]
    [InlineData(null, "/Reports/Sanctions", HttpStatusCode.Redirect)]
    [InlineData("leader", "/Reports/Sanctions", HttpStatusCode.OK)]
    [InlineData("admin", "/Reports/Sanctions", HttpStatusCode.OK)]
    [InlineData("supervisor", "/Reports/Sanctions", HttpStatusCode.Forbidden)]
    [InlineData("inspector", "/Reports/Sanctions", HttpStatusCode.Forbidden)]
    [InlineData("unitrep", "/Reports/Sanctions", HttpStatusCode.Forbidden)]
    [InlineData("supervisor", "/Supervision/Assign", HttpStatusCode.OK)]
    [InlineData("leader", "/Supervision/Assign", HttpStatusCode.Forbidden)]
    [InlineData("inspector", "/Supervision/Assign", HttpStatusCode.Forbidden)]
    [InlineData("supervisor", "/Supervision/Overdue", HttpStatusCode.OK)]
    [InlineData("leader", "/Supervision/Overdue", HttpStatusCode.Forbidden)]
    [InlineData("unitrep", "/Supervision/Overdue", HttpStatusCode.Forbidden)]
    [InlineData("admin", "/Admin/Users", HttpStatusCode.OK)]
    [InlineData("supervisor", "/Admin/Users", HttpStatusCode.Forbidden)]
    [InlineData("leader", "/Admin/Users", HttpStatusCode.Forbidden)]
    [InlineData("admin", "/Admin/UnitSuccession", HttpStatusCode.OK)]
    [InlineData("supervisor", "/Admin/UnitSuccession", HttpStatusCode.Forbidden)]
    [InlineData("admin", "/Admin/Workflows", HttpStatusCode.OK)]
    [InlineData("supervisor", "/Admin/Workflows", HttpStatusCode.OK)]
    [InlineData("inspector", "/Admin/Workflows", HttpStatusCode.Forbidden)]
    [InlineData("unitrep", "/Admin/Workflows", HttpStatusCode.Forbidden)]
    public async Task Should_allow_and_deny_each_oversight_page_by_role(string? user, string path, HttpStatusCode expected)
    {
        using var client = host.CreateClient();
        if (user is not null) (await client.LoginAsync(user)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var response = await client.Http.GetAsync(path);
        response.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.Redirect) response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Should_render_the_dashboard_with_chart_data_tables_and_drill_down_links()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("leader");
        var year = DateTime.UtcNow.AddHours(7).Year;
        var html = await client.Http.GetStringAsync($"/Reports/Sanctions?year={year}&authority=NoiVu");
        html.ShouldContain("Kết quả xử lý sau thanh tra, kiểm tra");
        html.ShouldContain("data-chart=");
        html.ShouldContain("id=\"by-type\"");
        html.ShouldContain("/Cases?concludedFrom=");
        html.ShouldContain("authority=NoiVu");
        html.ShouldContain("/js/dashboard.js");
        html.ShouldNotContain("<script>"); // CSP: no inline script
    }

    [Fact]
    public async Task Should_refuse_publishing_a_workflow_to_a_supervisor()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("supervisor");
        // The supervisor may read the workflows page (no publish button there); take a token from a page with a form.
        var planned = System.Text.Json.JsonDocument.Parse(await client.Http.GetStringAsync("/api/cases?state=Planned")).RootElement.GetProperty("items")[0].GetProperty("id").GetString();
        (await client.Http.GetStringAsync("/Admin/Workflows")).ShouldNotContain("publish-submit");
        var token = await client.GetTokenAsync($"/Supervision/Assign?id={planned}");
        var response = await client.Http.PostAsync("/Admin/Workflows?handler=Publish", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["definitionId"] = "thanh-tra.inspection", ["version"] = "1", ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_create_a_user_from_the_users_page_and_show_field_errors()
    {
        using var client = host.CreateClient();
        await client.LoginAsync("admin");
        var token = await client.GetTokenAsync("/Admin/Users");
        var bad = await client.Http.PostAsync("/Admin/Users?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "", ["Input.FullName"] = "", ["Input.Password"] = "", ["Input.Role"] = "Inspector", ["__RequestVerificationToken"] = token,
        }));
        bad.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("field-validation-error");

        var ok = await client.Http.PostAsync("/Admin/Users?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "http.user", ["Input.FullName"] = "Người Thử", ["Input.Password"] = "Str0ng!Pass", ["Input.Role"] = "Leadership", ["__RequestVerificationToken"] = token,
        }));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.Http.GetStringAsync("/Admin/Users?q=http.user")).ShouldContain("Người Thử");
    }
}
