using System.Net;
using InspectionSuite.Permissions;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>
/// Every page and API endpoint, enumerated from the endpoint data source: each needs an explicit permission
/// (or sits on the short list of deliberately open ones), and each parameterless GET answers every role as
/// the default permission grants say.
/// </summary>
public sealed class AuthorizationMatrixTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    /// <summary>Open by design: signing in, error pages, health, API description, language switch, the publication portal.</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "/Account/Login", "/Account/AccessDenied", "/Error", "/health", "/openapi/{documentName}.json",
        "/culture/{culture}", "/api/account/token", "/cong-khai", "/cong-khai/{id:guid}/ket-luan.pdf",
    ];

    /// <summary>
    /// Needs a signed-in user but no permission: leaving, and changing one's own password (a user whose password the
    /// admin reset must reach it whatever their role's grants).
    /// </summary>
    private static readonly HashSet<string> AuthenticatedOnly = ["/Account/Logout", "/Account/ChangePassword", "/Account/Profile"];

    private sealed record EndpointInfo(string Route, string[] Methods, string[] Policies, bool AllowsAnonymous, bool IsPage, bool HasParameters);

    private IReadOnlyList<EndpointInfo> Endpoints()
    {
        var source = host.App.Services.GetRequiredService<EndpointDataSource>();
        return source.Endpoints.OfType<RouteEndpoint>()
            .Select(e =>
            {
                var route = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET", "POST"];
                var policies = e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "").ToArray();
                var isPage = e.Metadata.Any(m => m.GetType().Name == "PageActionDescriptor" || m.GetType().Name == "CompiledPageActionDescriptor");
                return new EndpointInfo(route, methods, policies, e.Metadata.GetMetadata<IAllowAnonymous>() is not null, isPage, e.RoutePattern.Parameters.Any(p => !p.IsOptional));
            })
            .Where(e => e.Route != "/Index" || e.IsPage)
            .GroupBy(e => (e.Route, string.Join(",", e.Methods)))
            .Select(g => g.First())
            .ToList();
    }

    [Fact]
    public void Should_require_an_explicit_permission_on_every_endpoint_except_the_open_ones()
    {
        var endpoints = Endpoints();
        endpoints.Count.ShouldBeGreaterThan(15);
        var offenders = new List<string>();
        foreach (var e in endpoints)
        {
            if (Anonymous.Contains(e.Route))
            {
                if (!e.AllowsAnonymous) offenders.Add($"{e.Route}: listed as open but not [AllowAnonymous]");
                continue;
            }
            if (e.AllowsAnonymous) offenders.Add($"{e.Route}: anonymous access not on the open list");
            else if (AuthenticatedOnly.Contains(e.Route)) continue;
            else if (!e.Policies.Any(InspectionSuitePermissions.IsDefined)) offenders.Add($"{string.Join(",", e.Methods)} {e.Route}: no permission policy");
        }
        offenders.ShouldBeEmpty();
    }

    /// <summary>Permissions named by the follow-up re-check, notification and user directory endpoints (the matrix above checks every role against them).</summary>
    [Theory]
    [InlineData("/Notifications", "GET", InspectionSuitePermissions.Dashboard.Default)]
    [InlineData("/api/notifications", "GET", InspectionSuitePermissions.Dashboard.Default)]
    [InlineData("/api/notifications/unread-count", "GET", InspectionSuitePermissions.Dashboard.Default)]
    [InlineData("/api/notifications/{id:guid}/read", "POST", InspectionSuitePermissions.Dashboard.Default)]
    [InlineData("/api/notifications/read-all", "POST", InspectionSuitePermissions.Dashboard.Default)]
    [InlineData("/api/inbox", "GET", InspectionSuitePermissions.Tasks.Default)]
    [InlineData("/api/inbox/units", "GET", InspectionSuitePermissions.Tasks.Default)] // the inbox's unit search
    [InlineData("/Cases/ReCheck/{id:guid}", "GET", InspectionSuitePermissions.Cases.Default)]
    [InlineData("/api/cases/{id:guid}/follow-up/re-checks", "GET", InspectionSuitePermissions.Cases.Default)]
    [InlineData("/api/cases/{id:guid}/follow-up/re-checks", "POST", InspectionSuitePermissions.Cases.FollowUp)]
    [InlineData("/api/cases/{id:guid}/follow-up/re-checks/{reCheckId:guid}/results", "POST", InspectionSuitePermissions.Cases.FollowUp)]
    [InlineData("/api/cases/{id:guid}/follow-up/sanctions/{sanctionId:guid}/confirm", "POST", InspectionSuitePermissions.Cases.FollowUp)]
    [InlineData("/api/cases/{id:guid}/follow-up/sanctions/{sanctionId:guid}/reject", "POST", InspectionSuitePermissions.Cases.FollowUp)]
    [InlineData("/api/me", "GET", InspectionSuitePermissions.Dashboard.Default)]
    [InlineData("/api/users/lookup", "GET", InspectionSuitePermissions.Cases.Assign)]
    [InlineData("/api/cases/{id:guid}/work-plan/approval", "PUT", InspectionSuitePermissions.Cases.Decide)] // the người ra quyết định (issue 14)
    [InlineData("/api/cases/{id:guid}/draft-conclusion", "PUT", InspectionSuitePermissions.Cases.DraftConclusion)]
    [InlineData("/api/cases/{id:guid}/dissents", "POST", InspectionSuitePermissions.Cases.DraftConclusion)]
    [InlineData("/api/cases/{id:guid}/appraisal", "PUT", InspectionSuitePermissions.Cases.Appraise)]
    [InlineData("/api/cases/{id:guid}/conclusion", "PUT", InspectionSuitePermissions.Cases.Decide)]
    [InlineData("/api/cases/{id:guid}/publication", "PUT", InspectionSuitePermissions.Cases.Publish)]
    [InlineData("/api/cases/{id:guid}/extensions", "POST", InspectionSuitePermissions.Cases.Decide)] // gia hạn: the người ra quyết định (issue 14)
    [InlineData("/api/cases/{id:guid}/suspensions", "POST", InspectionSuitePermissions.Cases.Decide)] // tạm dừng: the người ra quyết định (issue 14; was Cases.Edit)
    [InlineData("/api/cases/{id:guid}/suspensions/continuation", "POST", InspectionSuitePermissions.Cases.Decide)] // tiếp tục, likewise
    [InlineData("/api/cases/{id:guid}/extension-request", "POST", InspectionSuitePermissions.Cases.Edit)] // the team asks for gia hạn (v3)
    [InlineData("/api/cases/{id:guid}/extension-request/refusal", "POST", InspectionSuitePermissions.Cases.Decide)]
    [InlineData("/api/cases/{id:guid}/team-changes", "POST", InspectionSuitePermissions.Cases.Decide)] // quyết định thay đổi thành viên Đoàn (issue 16)
    [InlineData("/api/cases/{id:guid}/member-reports", "POST", InspectionSuitePermissions.Cases.Edit)]
    [InlineData("/api/cases/{id:guid}/explanations", "POST", InspectionSuitePermissions.Cases.RecordExplanation)]
    [InlineData("/api/cases/{id:guid}/recommendation-letter", "PUT", InspectionSuitePermissions.Cases.Decide)] // Điều 52
    [InlineData("/api/cases/{id:guid}/direction", "PUT", InspectionSuitePermissions.Cases.FollowUp)] // Điều 53
    [InlineData("/Inbox", "GET", InspectionSuitePermissions.Tasks.Default)]
    [InlineData("/api/cases/{id:guid}/check", "GET", InspectionSuitePermissions.Cases.Default)]
    [InlineData("/api/cases/{id:guid}/check/unannounced", "PUT", InspectionSuitePermissions.Cases.Assign)]
    [InlineData("/api/cases/{id:guid}/check/external-members", "POST", InspectionSuitePermissions.Cases.Assign)]
    [InlineData("/api/cases/{id:guid}/check/external-members/{memberId:guid}", "DELETE", InspectionSuitePermissions.Cases.Assign)]
    [InlineData("/api/cases/{id:guid}/check/self-assessment", "PUT", InspectionSuitePermissions.Cases.ReportImplementation)]
    [InlineData("/api/cases/{id:guid}/check/outcomes", "POST", InspectionSuitePermissions.Cases.Conclude)]
    [InlineData("/api/workflows/noi-vu.check/upgrade", "POST", InspectionSuitePermissions.Workflows.Alter)]
    [InlineData("/api/cases/{id:guid}/documents/{kind}/issue", "POST", InspectionSuitePermissions.Documents.Issue)] // issue 16: the register
    [InlineData("/api/documents/register", "GET", InspectionSuitePermissions.Documents.Register)]
    [InlineData("/api/plans/{id:guid}/document", "GET", InspectionSuitePermissions.Planning.Default)] // issue 16: the annual plan document
    [InlineData("/api/plans/{id:guid}/document/issue", "POST", InspectionSuitePermissions.Documents.Issue)]
    [InlineData("/api/plans/{id:guid}/items", "POST", InspectionSuitePermissions.Planning.Draw)] // issue 14: Thanh tra tỉnh's hand-built list
    [InlineData("/api/plans/{id:guid}/items/{itemId:guid}", "DELETE", InspectionSuitePermissions.Planning.Draw)]
    [InlineData("/api/documents/register/{id:guid}/file", "GET", InspectionSuitePermissions.Documents.Register)]
    [InlineData("/Documents/Register", "GET", InspectionSuitePermissions.Documents.Register)]
    [InlineData("/Documents/Issue", "POST", InspectionSuitePermissions.Documents.Issue)]
    [InlineData("/api/kpi/periods", "GET", InspectionSuitePermissions.Monitoring.Default)] // issue 15: monitoring of every unit
    [InlineData("/api/kpi/province/{period}", "GET", InspectionSuitePermissions.Monitoring.ViewAll)]
    [InlineData("/api/kpi/plans", "GET", InspectionSuitePermissions.Monitoring.ViewAll)]
    [InlineData("/api/units/{unitId:guid}/kpi-reports/{period}", "GET", InspectionSuitePermissions.Monitoring.Default)]
    [InlineData("/api/units/{unitId:guid}/kpi-reports/{period}", "PUT", InspectionSuitePermissions.Monitoring.Submit)]
    [InlineData("/api/units/{unitId:guid}/kpi-reports/{period}/return", "POST", InspectionSuitePermissions.Monitoring.Review)]
    [InlineData("/api/units/{unitId:guid}/plan/file", "GET", InspectionSuitePermissions.Monitoring.Default)]
    [InlineData("/Monitoring", "GET", InspectionSuitePermissions.Monitoring.ViewAll)]
    [InlineData("/Monitoring/MyUnit", "GET", InspectionSuitePermissions.Monitoring.Submit)]
    [InlineData("/api/units", "POST", InspectionSuitePermissions.Units.Manage)] // issue 18: the register form and its API
    [InlineData("/api/units/{id:guid}/retire", "POST", InspectionSuitePermissions.Units.Manage)]
    [InlineData("/Admin/UnitEdit", "GET", InspectionSuitePermissions.Units.Manage)]
    [InlineData("/Admin/UnitEdit", "POST", InspectionSuitePermissions.Units.Manage)]
    public void Should_guard_the_re_check_and_notification_endpoints_with_their_permission(string route, string method, string permission)
    {
        var endpoint = Endpoints().Where(e => e.Route.TrimEnd('/') == route && e.Methods.Contains(method)).ShouldHaveSingleItem();
        endpoint.Policies.ShouldContain(permission);
        // Every role may read its own notifications and ask who it is.
        if (permission == InspectionSuitePermissions.Dashboard.Default)
            InspectionSuitePermissions.DefaultGrants.Values.ShouldAllBe(grants => grants.Contains(permission));
    }

    /// <summary>
    /// Issue 14: who may do each concluding step by default. No role but the admin holds all of drafting, appraising,
    /// signing and publishing; leadership has an inbox; the unit representative holds none of them.
    /// </summary>
    [Theory]
    [InlineData(InspectionSuiteRoles.Inspector, new[] { InspectionSuitePermissions.Cases.DraftConclusion, InspectionSuitePermissions.Cases.RecordExplanation, InspectionSuitePermissions.Tasks.Default },
        new[] { InspectionSuitePermissions.Cases.Appraise, InspectionSuitePermissions.Cases.Decide, InspectionSuitePermissions.Cases.Publish, InspectionSuitePermissions.Cases.Conclude })]
    [InlineData(InspectionSuiteRoles.Supervisor, new[] { InspectionSuitePermissions.Cases.Appraise, InspectionSuitePermissions.Cases.Publish },
        new[] { InspectionSuitePermissions.Cases.DraftConclusion, InspectionSuitePermissions.Cases.Decide })]
    [InlineData(InspectionSuiteRoles.Leadership, new[] { InspectionSuitePermissions.Cases.Decide, InspectionSuitePermissions.Cases.Publish, InspectionSuitePermissions.Tasks.Default },
        new[] { InspectionSuitePermissions.Cases.DraftConclusion, InspectionSuitePermissions.Cases.Appraise })]
    [InlineData(InspectionSuiteRoles.UnitRepresentative, new string[0],
        new[] { InspectionSuitePermissions.Cases.DraftConclusion, InspectionSuitePermissions.Cases.RecordExplanation, InspectionSuitePermissions.Cases.Appraise, InspectionSuitePermissions.Cases.Decide, InspectionSuitePermissions.Cases.Publish, InspectionSuitePermissions.Cases.Conclude })]
    public void Should_split_the_concluding_permissions_between_roles(string role, string[] granted, string[] notGranted)
    {
        var grants = InspectionSuitePermissions.DefaultGrants[role];
        foreach (var p in granted) grants.ShouldContain(p, role);
        foreach (var p in notGranted) grants.ShouldNotContain(p, role);
        var steps = new[] { InspectionSuitePermissions.Cases.DraftConclusion, InspectionSuitePermissions.Cases.Appraise, InspectionSuitePermissions.Cases.Decide, InspectionSuitePermissions.Cases.Publish };
        foreach (var (name, roleGrants) in InspectionSuitePermissions.DefaultGrants.Where(g => g.Key != InspectionSuiteRoles.Admin))
            steps.All(roleGrants.Contains).ShouldBeFalse($"{name} may draft, appraise, sign and publish alone");
    }

    public static TheoryData<string?> Roles => new() { null, "admin", "supervisor", "inspector", "leader", "unitrep" };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Should_answer_each_role_as_its_grants_say(string? user)
    {
        var role = user switch
        {
            null => null,
            "admin" => InspectionSuiteRoles.Admin,
            "supervisor" => InspectionSuiteRoles.Supervisor,
            "inspector" => InspectionSuiteRoles.Inspector,
            "leader" => InspectionSuiteRoles.Leadership,
            _ => InspectionSuiteRoles.UnitRepresentative,
        };
        var granted = role is null ? [] : InspectionSuitePermissions.DefaultGrants[role].ToHashSet();
        using var client = host.CreateClient();
        if (user is not null) (await client.LoginAsync(user)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var checkedCount = 0;
        var wrong = new List<string>();
        foreach (var e in Endpoints().Where(e => e.Methods.Contains("GET") && !e.HasParameters && !Anonymous.Contains(e.Route) && !AuthenticatedOnly.Contains(e.Route)))
        {
            var permission = e.Policies.First(InspectionSuitePermissions.IsDefined);
            var response = await client.Http.GetAsync(e.Route == "/Index" ? "/" : e.Route);
            var status = (int)response.StatusCode;
            checkedCount++;
            if (user is null)
            {
                var expected = e.IsPage ? 302 : 401;
                if (status != expected) wrong.Add($"anonymous GET {e.Route}: {status}, expected {expected}");
            }
            else if (granted.Contains(permission))
            {
                if (status is 401 or 403 || (status == 302 && response.Headers.Location?.ToString().Contains("/Account/Login") == true))
                    wrong.Add($"{user} GET {e.Route} ({permission}): {status}, expected access");
            }
            else if (status != 403)
            {
                wrong.Add($"{user} GET {e.Route} ({permission}): {status}, expected 403");
            }
        }
        checkedCount.ShouldBeGreaterThan(5);
        wrong.ShouldBeEmpty();
    }
}
