using System.Net;
using System.Net.Http.Json;
using InspectionSuite.Cases;
using InspectionSuite.Permissions;
using InspectionSuite.Seeding;
using InspectionSuite.Web.Tests.Browser;
using InspectionSuite.Web.Tests.Cases;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>
/// Issue 14, "role tests for every new permission": each permission issue 14 added (drafting, recording the unit's
/// explanation, appraising, deciding/signing, publishing) is tried through every API call it guards by every demo user
/// (one per role, and the appraiser) on a case in Concluding; a user whose role's default grants lack it gets 403 and
/// nothing is written. Who may do each step successfully is shown by the journeys (InspectionPublicationJourneyTests,
/// CaseConclusionJourneyTests) and RolesAndConfidentialityHttpTests.
/// </summary>
public sealed class ConcludingPermissionsRoleHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly System.Text.Json.JsonSerializerOptions J = CaseWebHost.Json;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private sealed record Call(string Permission, string Method, string Path, Func<CaseDto, object> Body);

    private static readonly Call[] Calls =
    [
        new(InspectionSuitePermissions.Cases.DraftConclusion, "PUT", "draft-conclusion", c => new RecordDraftConclusionDto(Today, "Dự thảo MKROLE", c.ConcurrencyStamp)),
        new(InspectionSuitePermissions.Cases.DraftConclusion, "POST", "dissents", c => new AddDissentDto("Bảo lưu MKROLE", c.ConcurrencyStamp)),
        new(InspectionSuitePermissions.Cases.RecordExplanation, "POST", "explanations", c => new RecordExplanationDto(Today, "Giải trình MKROLE", null, c.ConcurrencyStamp)),
        new(InspectionSuitePermissions.Cases.Appraise, "PUT", "appraisal", c => new RecordAppraisalDto(Today, "MKROLE", "Thẩm định MKROLE", c.ConcurrencyStamp)),
        new(InspectionSuitePermissions.Cases.Decide, "PUT", "conclusion", c => new RecordConclusionDto("1/KL-MKROLE", Today, "Chánh Thanh tra", "Kết luận MKROLE", c.ConcurrencyStamp)),
        new(InspectionSuitePermissions.Cases.Decide, "PUT", "work-plan/approval", c => new ApproveWorkPlanDto(null, c.ConcurrencyStamp)),
        new(InspectionSuitePermissions.Cases.Decide, "POST", "extensions", c => new AddExtensionDto("1/QĐ-MKROLE", 5, "MKROLE", Today, c.ConcurrencyStamp)),
        new(InspectionSuitePermissions.Cases.Decide, "PUT", "recommendation-letter", c => new RecordOfficialLetterDto("1/VB-MKROLE", Today, "Kiến nghị MKROLE", c.ConcurrencyStamp)),
        new(InspectionSuitePermissions.Cases.Publish, "PUT", "publication", c => new RecordPublicationDto("Cổng MKROLE", Today, Today.AddDays(20), c.ConcurrencyStamp)),
        new(InspectionSuitePermissions.Cases.Publish, "POST", $"triggers/{CaseTriggers.Publish}", c => new FireTriggerDto(c.WorkflowVersion, null)),
    ];

    [Fact]
    public async Task Should_refuse_every_concluding_step_to_each_role_without_its_permission_and_write_nothing()
    {
        var c = await new CaseJourneyApi(host.BaseAddress).CaseConcludedAsync("P01", "Thử quyền từng bước kết luận");
        using var admin = await host.ClientAsync("admin");
        var before = await admin.GetStringAsync($"/api/cases/{c.Id}");

        var refusals = new List<string>();
        var wrong = new List<string>();
        foreach (var login in DataSeeder.DemoLogins.Where(l => l.Role != InspectionSuiteRoles.Admin))
        {
            var grants = InspectionSuitePermissions.DefaultGrants[login.Role];
            using var http = await host.ClientAsync(login.UserName);
            foreach (var call in Calls.Where(k => !grants.Contains(k.Permission)))
            {
                var request = new HttpRequestMessage(new HttpMethod(call.Method), $"/api/cases/{c.Id}/{call.Path}") { Content = JsonContent.Create(call.Body(c), options: J) };
                var response = await http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.Forbidden) wrong.Add($"{login.UserName} ({login.Role}) {call.Method} {call.Path}: {(int)response.StatusCode}, expected 403 without {call.Permission}");
                refusals.Add($"{login.Role}:{call.Permission}");
            }
        }

        wrong.ShouldBeEmpty();
        // Not vacuous: every permission is refused to some role and held by another (among the demo users, not the admin).
        foreach (var permission in Calls.Select(k => k.Permission).Distinct())
        {
            refusals.ShouldContain(r => r.EndsWith(":" + permission), permission);
            DataSeeder.DemoLogins.Where(l => l.Role != InspectionSuiteRoles.Admin).ShouldContain(l => InspectionSuitePermissions.DefaultGrants[l.Role].Contains(permission), permission);
        }
        (await admin.GetStringAsync($"/api/cases/{c.Id}")).ShouldBe(before); // nothing written
        before.ShouldNotContain("MKROLE");
    }
}
