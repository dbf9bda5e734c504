using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Cases;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Identity;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using InspectionSuite.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Inbox;

/// <summary>
/// The home's persona blocks (issue 18) over HTTP with the demo data: which blocks each persona sees (by permission), and
/// their figures against the database read directly.
/// </summary>
public sealed class HomeBlocksHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private async Task<string> HomeAsync(string userName)
    {
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync(userName)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await client.Http.GetStringAsync("/");
    }

    private static int Figure(string html, string id)
    {
        var m = Regex.Match(html, $"id=\"{id}\">(\\d+)<");
        m.Success.ShouldBeTrue($"#{id} is on the page");
        return int.Parse(m.Groups[1].Value);
    }

    private async Task<T> DbAsync<T>(Func<InspectionSuiteDbContext, Task<T>> read)
    {
        using var scope = host.App.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<InspectionSuiteDbContext>());
    }

    [Theory]
    [InlineData("supervisor", true, false, false)]
    [InlineData("leader", false, true, false)]
    [InlineData("admin", true, true, true)]
    [InlineData("inspector", false, false, false)]
    [InlineData("unitrep", false, false, false)]
    public async Task Should_show_each_persona_the_blocks_its_permissions_give(string userName, bool supervisor, bool leader, bool admin)
    {
        var html = await HomeAsync(userName);
        html.Contains("id=\"home-supervisor\"").ShouldBe(supervisor);
        html.Contains("id=\"home-leader\"").ShouldBe(leader);
        html.Contains("id=\"home-admin\"").ShouldBe(admin);
    }

    [Fact]
    public async Task Should_count_overdue_tasks_and_cases_without_a_team_for_the_supervisor()
    {
        var before = await HomeAsync("supervisor");
        var now = DateTime.UtcNow;
        var overdue = await DbAsync(db => db.Set<WorkflowHumanTask>().CountAsync(t => t.Status == HumanTaskStatus.Open && t.DueAtUtc < now));
        Figure(before, "home-overdue-tasks").ShouldBe(overdue);
        var inspectors = await DbAsync(async db =>
        {
            var roleId = await db.Set<AppRole>().Where(r => r.Name == InspectionSuiteRoles.Inspector).Select(r => r.Id).SingleAsync();
            return await db.Set<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().CountAsync(ur => ur.RoleId == roleId);
        });
        Regex.Matches(before, "class=\"home-load-row\"").Count.ShouldBe(Math.Min(inspectors, Pages.IndexModel.HomeListSize));
        // Coverage toward 20% is the tracker of Sở Nội vụ's approved plan of this year, or a line saying there is none.
        var year = DateTime.UtcNow.AddHours(7).Year;
        var approved = await DbAsync(db => db.Set<InspectionSuite.Planning.AnnualPlan>()
            .AnyAsync(p => p.Year == year && p.Authority == AuthorityCode.NoiVu && p.Status != InspectionSuite.Planning.PlanStatus.Draft));
        before.Contains("data-stratum=\"Department\"").ShouldBe(approved);
        before.Contains("id=\"home-coverage-none\"").ShouldBe(!approved);

        // A new case has no team until one is assigned: it is one more case to staff.
        using var api = await host.ClientAsync("supervisor");
        var unitId = await DbAsync(db => db.Set<Unit>().Where(u => u.Code == "P01").Select(u => u.Id).SingleAsync());
        var created = await api.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Check, AuthorityCode.NoiVu, unitId, "Cuộc chưa có đoàn", "2026", "KH 534", null, null, null), CaseWebHost.Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = await HomeAsync("supervisor");
        Figure(after, "home-unassigned-cases").ShouldBe(Figure(before, "home-unassigned-cases") + 1);
    }

    [Fact]
    public async Task Should_count_accounts_locked_ones_and_those_without_e_mail_for_the_admin()
    {
        var html = await HomeAsync("admin");
        var users = await DbAsync(db => db.Set<AppUser>().Select(u => new { u.Email, u.LockoutEnd }).ToListAsync());
        Figure(html, "home-users").ShouldBe(users.Count);
        Figure(html, "home-users-noemail").ShouldBe(users.Count(u => string.IsNullOrEmpty(u.Email)));
        Figure(html, "home-users-locked").ShouldBe(users.Count(u => u.LockoutEnd > DateTimeOffset.UtcNow));
        html.ShouldContain("id=\"home-audit-seal\"");
    }
}
