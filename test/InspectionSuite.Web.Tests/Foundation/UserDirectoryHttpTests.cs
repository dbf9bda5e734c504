using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Identity;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>Integrators find user ids: who am I (anyone signed in), and a lookup for those who assign teams.</summary>
public sealed class UserDirectoryHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Fact]
    public async Task Should_tell_a_signed_in_user_who_they_are()
    {
        using var client = host.CreateClient();
        (await client.LoginAsync("unitrep")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var me = await client.Http.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("userName").GetString().ShouldBe("unitrep");
        me.GetProperty("id").GetGuid().ShouldBe(await IdOfAsync("unitrep"));
        me.GetProperty("displayName").GetString().ShouldNotBeNullOrWhiteSpace();
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([InspectionSuiteRoles.UnitRepresentative]);
        me.GetProperty("unit").GetProperty("name").GetString().ShouldBe("Phường Cẩm Thành");
        me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ShouldContain(Permissions.InspectionSuitePermissions.Cases.AnswerDocumentRequests);

        using var anonymous = host.CreateClient();
        (await anonymous.Http.GetAsync("/api/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_look_users_up_by_name_for_those_who_assign_teams()
    {
        using var supervisor = host.CreateClient();
        (await supervisor.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await supervisor.Http.GetFromJsonAsync<JsonElement>("/api/users/lookup?filter=inspector");

        var inspector = page.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "inspector");
        inspector.GetProperty("id").GetGuid().ShouldBe(await IdOfAsync("inspector"));
        inspector.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([InspectionSuiteRoles.Inspector]);
        inspector.GetProperty("displayName").GetString().ShouldNotBeNullOrWhiteSpace();
        inspector.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "userName", "displayName", "roles"], ignoreOrder: true); // no e-mail, no lockout

        using var inspectorClient = host.CreateClient();
        (await inspectorClient.LoginAsync("inspector")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await inspectorClient.Http.GetAsync("/api/users/lookup?filter=a");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden); // inspectors do not assign teams
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Should_answer_at_most_twenty_users_a_page()
    {
        using (var scope = host.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            for (var i = 1; i <= 25; i++)
            {
                var user = new AppUser { UserName = $"lookup-{i:00}", FullName = $"Người tra cứu {i:00}" };
                (await users.CreateAsync(user, Seeding.DataSeeder.DemoPassword)).Succeeded.ShouldBeTrue();
                await users.AddToRoleAsync(user, InspectionSuiteRoles.Inspector);
            }
        }
        using var supervisor = host.CreateClient();
        (await supervisor.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var first = await supervisor.Http.GetFromJsonAsync<JsonElement>("/api/users/lookup?filter=lookup-&take=100");
        first.GetProperty("items").GetArrayLength().ShouldBe(20);
        first.GetProperty("totalCount").GetInt32().ShouldBe(25);
        var rest = await supervisor.Http.GetFromJsonAsync<JsonElement>("/api/users/lookup?filter=lookup-&skip=20");
        rest.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString())
            .ShouldBe(["lookup-21", "lookup-22", "lookup-23", "lookup-24", "lookup-25"]);
    }

    private async Task<Guid> IdOfAsync(string userName)
    {
        using var scope = host.App.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;
    }
}
