using InspectionSuite.Documents;
using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Browser;

/// <summary>
/// Sở Nội vụ's own check (noi-vu.check v2, issue 15, docs/checks.md) in the browser, every step through the case page's
/// forms: the supervisor plans it and forms the team (a member from another agency), the unit's representative submits
/// the self-assessment, the inspector runs the visit, the leader cannot issue the notice while a criterion is unassessed
/// (the reason names it), then issues it with a recommendation linked to a criterion, the unit reports its remedy, closed.
/// </summary>
public sealed class CheckJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Unit = "P01"; // the demo unit representative's unit

    [BrowserFact]
    public async Task Should_run_a_check_from_its_plan_to_closed_through_the_case_page()
    {
        var supervisor = await SignedIn("supervisor");
        var coveredAtStart = await UnitsCheckedAsync(supervisor);
        var id = await PlanCheckAsync(supervisor, "Kiểm tra CCHC năm 2026 qua trình duyệt", unannounced: false);
        // The kind of check is fixed once decided.
        (await supervisor.Locator("#check-unannounced-form").CountAsync()).ShouldBe(0);
        (await supervisor.Locator("#check-unannounced-fixed").CountAsync()).ShouldBe(1);
        (await supervisor.Locator(".external-member").InnerTextAsync()).ShouldContain("Sở Tư pháp");
        await BrowserFixture.ScreenshotAsync(supervisor, "check-decided");

        var inspector = await SignedIn("inspector");
        await OpenAsync(inspector, id);
        await FireAsync(inspector, CaseTriggers.RequestSelfAssessment, CaseStates.SelfAssessment);

        // The unit's representative: a value missing is refused naming the criteria, what was typed kept, nothing saved.
        var unitrep = await SignedIn("unitrep");
        await OpenAsync(unitrep, id);
        var rows = unitrep.Locator("#check-self-assessment-form .self-assessment-row");
        var codes = await rows.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.code)");
        codes.Length.ShouldBe(CheckCriteriaCatalogue.All.Count);
        await unitrep.Locator("#sa-value-0").FillAsync("giảm 12%");
        await unitrep.Locator("#check-self-assessment-submit").ClickAsync();
        await unitrep.Locator("#check-self-assessment-error").WaitForAsync();
        var error = await unitrep.Locator("#check-self-assessment-error").InnerTextAsync();
        error.ShouldContain(codes[1]);
        error.ShouldContain(codes[^1]);
        error.ShouldNotContain(codes[0] + ",");
        (await unitrep.Locator("#sa-value-0").InputValueAsync()).ShouldBe("giảm 12%");
        (await unitrep.Locator("#check-self-assessment-status").InnerTextAsync()).ShouldContain("chưa gửi");
        await BrowserFixture.ScreenshotAsync(unitrep, "check-self-assessment-refused");
        for (var i = 1; i < codes.Length; i++) await unitrep.Locator($"#sa-value-{i}").FillAsync($"đạt ({codes[i]})");
        await unitrep.Locator("#check-self-assessment-submit").ClickAsync();
        // Submitted; until the visit the representative may correct and submit again (it replaces the previous one).
        await unitrep.Locator("#check-self-assessment-status", new() { HasText = "đã gửi" }).WaitForAsync();
        (await unitrep.Locator("#sa-value-0").InputValueAsync()).ShouldBe("giảm 12%");
        (await unitrep.Locator($"#sa-value-{codes.Length - 1}").InputValueAsync()).ShouldBe($"đạt ({codes[^1]})");

        // The visit: the checklist is the catalogue; all criteria but the last assessed, the first not met; the biên bản.
        await OpenAsync(inspector, id);
        (await inspector.Locator($"#check-self-assessment-table tr[data-code='{codes[0]}']").InnerTextAsync()).ShouldContain("giảm 12%");
        await FireAsync(inspector, CaseTriggers.StartOnSite, CaseStates.OnSite);
        var items = inspector.Locator(".checklist-item");
        (await items.CountAsync()).ShouldBe(codes.Length);
        var itemCodes = await items.EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.code)");
        await AssessAsync(inspector, itemCodes[0], "NotMet", "giảm 5%");
        foreach (var code in itemCodes.Skip(1).SkipLast(1)) await AssessAsync(inspector, code, "Met", "đạt");
        await inspector.Locator("#Minutes_Title").FillAsync("Biên bản kiểm tra");
        await inspector.Locator("#Minutes_Content").FillAsync("Đoàn kiểm tra đã làm việc tại đơn vị.");
        await inspector.Locator("#minutes-submit").ClickAsync();
        await inspector.Locator(".minutes-entry", new() { HasText = "Biên bản kiểm tra" }).WaitForAsync();
        await FireAsync(inspector, CaseTriggers.EndOnSite, CaseStates.Concluding);
        (await inspector.Locator("#check-unassessed").InnerTextAsync()).ShouldContain(itemCodes[^1]);

        // The leader signs the notice; issuing it is refused while the last criterion is unassessed, and the reason names it.
        var leader = await SignedIn("leader");
        await OpenAsync(leader, id);
        await leader.Locator("#Conclusion_Number").FillAsync("12/TB-SNV");
        await leader.Locator("#Conclusion_Signer").FillAsync("Giám đốc Sở Nội vụ");
        await leader.Locator("#Conclusion_Text").FillAsync("Thông báo kết luận kiểm tra công tác cải cách hành chính.");
        await leader.Locator("#conclusion-submit").ClickAsync();
        await leader.Locator("#conclusion-info", new() { HasText = "12/TB-SNV" }).WaitForAsync();
        var refused = leader.Locator(".trigger-refused[data-trigger='IssueConclusionNotice']");
        (await refused.Locator("button").GetAttributeAsync("aria-disabled")).ShouldBe("true");
        var reason = await refused.Locator(".refusal").InnerTextAsync();
        reason.ShouldContain(itemCodes[^1]);
        reason.ShouldNotContain(itemCodes[0]);
        // A recommendation answering the criterion not met.
        await leader.Locator("#Outcome_Type").SelectOptionAsync(nameof(SanctionType.CorrectiveRecommendation));
        await leader.Locator("#Outcome_Answers").SelectOptionAsync("criterion:" + itemCodes[0]);
        await leader.Locator("#Outcome_Text").FillAsync("Chấn chỉnh việc tổ chức hội nghị, cuộc họp");
        await leader.Locator("#Outcome_Responsible").FillAsync("Chánh Văn phòng UBND phường");
        await leader.Locator("#check-outcome-submit").ClickAsync();
        await leader.Locator($".check-outcome[data-criterion='{itemCodes[0]}']").WaitForAsync();
        await BrowserFixture.ScreenshotAsync(leader, "check-notice-refused");

        // The last criterion is still open to the team in Concluding (a check has no results report in between).
        await OpenAsync(inspector, id);
        await AssessAsync(inspector, itemCodes[^1], "Met", "đạt");

        // Issue 15: the 20% coverage counts a check once its conclusion notice is issued (one rule for the tracker, the
        // draw's history and the periodic report): the notice signed but not issued does not count; issued, it does.
        var coveredBefore = await UnitsCheckedAsync(supervisor);
        coveredBefore.ShouldBe(coveredAtStart);
        await OpenAsync(leader, id);
        await FireAsync(leader, CaseTriggers.IssueConclusionNotice, CaseStates.FollowUp);
        (await UnitsCheckedAsync(supervisor)).ShouldBe(coveredBefore + 1);

        // The unit reports its remedy on the recommendation.
        await OpenAsync(unitrep, id);
        var outcome = unitrep.Locator(".sanction").Filter(new() { HasText = "Chấn chỉnh việc tổ chức hội nghị" });
        await outcome.Locator("details summary").ClickAsync();
        await outcome.Locator("input[type=radio][value='Done']").CheckAsync();
        await outcome.Locator("input[name='Implementation.Note']").FillAsync("Đã ban hành quy chế họp mới");
        await outcome.Locator("button[type=submit]").ClickAsync();
        await unitrep.Locator(".sanction .implementation-reports").WaitForAsync();

        // The unit's report is a claim (issue 14): the team confirms it before the case may close.
        await OpenAsync(inspector, id);
        var claim = inspector.Locator(".sanction[data-status='Reported']", new() { HasText = "Chấn chỉnh việc tổ chức hội nghị" });
        await claim.Locator(".confirm-claim-form button[type=submit]").ClickAsync();
        await inspector.Locator(".sanction[data-status='Done']", new() { HasText = "Chấn chỉnh việc tổ chức hội nghị" }).WaitForAsync();

        await OpenAsync(supervisor, id);
        await FireAsync(supervisor, CaseTriggers.Close, CaseStates.Closed);
        await BrowserFixture.ScreenshotAsync(supervisor, "check-closed");
    }

    [BrowserFact]
    public async Task Should_hide_an_unannounced_check_from_the_unit_until_the_team_arrives()
    {
        var supervisor = await SignedIn("supervisor");
        var id = await PlanCheckAsync(supervisor, "Kiểm tra đột xuất kỷ luật, kỷ cương hành chính", unannounced: true);
        (await supervisor.Locator("#check-unannounced").GetAttributeAsync("data-unannounced")).ShouldBe("true");

        var unitrep = await SignedIn("unitrep");
        (await unitrep.GotoAsync($"/Cases/Detail/{id}"))!.Status.ShouldBe(404);
        await unitrep.GotoAsync("/Cases");
        (await unitrep.ContentAsync()).ShouldNotContain(id.ToString());

        // No self-assessment: the request is refused with its reason, the team goes straight to the unit.
        var inspector = await SignedIn("inspector");
        await OpenAsync(inspector, id);
        (await inspector.Locator(".trigger-refused[data-trigger='RequestSelfAssessment'] .refusal").InnerTextAsync()).ShouldContain("đột xuất");
        await FireAsync(inspector, CaseTriggers.StartOnSite, CaseStates.OnSite);

        (await unitrep.GotoAsync($"/Cases/Detail/{id}"))!.Status.ShouldBe(200);
        (await unitrep.Locator("#case-title").InnerTextAsync()).ShouldContain("Kiểm tra đột xuất kỷ luật");
        (await unitrep.Locator("#check-self-assessment-status").InnerTextAsync()).ShouldContain("đột xuất");
        await BrowserFixture.ScreenshotAsync(unitrep, "check-unannounced-unit-sees");
    }

    // ------------------------------------------------------------ steps

    /// <summary>Units checked (total row of the 20% coverage) in Sở Nội vụ's periodic report of the current period, as downloaded.</summary>
    private static async Task<long> UnitsCheckedAsync(IPage page)
    {
        var period = ReportingCalendar.Next(VietnamTime.Today(TimeProvider.System));
        var response = await page.Context.APIRequest.GetAsync($"/api/reports/periodic?authority=NoiVu&year={period.Year}&period={period.Kind}&format=xlsx");
        response.Ok.ShouldBeTrue();
        var coverage = new XlsxTableReader().ReadAll(await response.BodyAsync()).Single(s => s.Name == PeriodicReportDocument.CoverageSheet).Table;
        return (long)coverage.Rows.Single(r => (string?)r[0] == "Tổng cộng")[2]!;
    }

    private async Task<IPage> SignedIn(string user)
    {
        var page = await fixture.SignedInPageAsync(user);
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // confirmations (data-confirm)
        return page;
    }

    /// <summary>New check on the unit (Cases/New), unannounced or not, a member from another agency, the decision, the team, Decide.</summary>
    private static async Task<Guid> PlanCheckAsync(IPage page, string subject, bool unannounced)
    {
        await page.GotoAsync("/Cases/New");
        await page.Locator("#Input_Kind").SelectOptionAsync(nameof(CaseKind.Check));
        await page.Locator("#Input_Authority").SelectOptionAsync("NoiVu");
        await page.Locator("#Input_UnitCode").FillAsync(Unit);
        await page.Locator("#Input_Subject").FillAsync(subject);
        await page.Locator("#new-case-submit").ClickAsync();
        await page.WaitForPageAsync("**/Cases/Detail/**");
        var id = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/').Last());
        (await page.Locator("#case-state").GetAttributeAsync("data-state")).ShouldBe(CaseStates.Planned);

        if (unannounced)
        {
            await page.Locator("#check-unannounced-toggle").ClickAsync();
            await page.Locator("#check-unannounced[data-unannounced='true']").WaitForAsync();
        }
        await page.Locator("#check-external summary").ClickAsync();
        await page.Locator("#ExternalMember_Name").FillAsync("Nguyễn Thị Pháp Chế");
        await page.Locator("#ExternalMember_Position").FillAsync("Phó Trưởng phòng");
        await page.Locator("#ExternalMember_Agency").FillAsync("Sở Tư pháp");
        await page.Locator("#check-external-submit").ClickAsync();
        await page.Locator(".external-member", new() { HasText = "Nguyễn Thị Pháp Chế" }).WaitForAsync();

        await page.Locator("#Decision_Number").FillAsync("15/QĐ-SNV");
        await page.Locator("#Decision_Signer").FillAsync("Giám đốc Sở Nội vụ");
        await page.Locator("#decision-submit").ClickAsync();
        await page.Locator("#decision-info", new() { HasText = "15/QĐ-SNV" }).WaitForAsync();

        await page.GotoAsync($"/Supervision/Assign?id={id}");
        await page.Locator("#leader-inspector").CheckAsync();
        await page.Locator("#team-submit").ClickAsync();
        await page.WaitForPageAsync($"**/Supervision/Assign?id={id}**");

        await OpenAsync(page, id);
        await FireAsync(page, CaseTriggers.Decide, CaseStates.Decided);
        return id;
    }

    private static async Task OpenAsync(IPage page, Guid id)
    {
        var response = await page.GotoAsync($"/Cases/Detail/{id}");
        response!.Status.ShouldBe(200);
    }

    private static async Task FireAsync(IPage page, string trigger, string expectedState)
    {
        await page.Locator($"form[data-trigger='{trigger}'] button[type=submit]").ClickAsync();
        await page.Locator($"#case-state[data-state='{expectedState}']").WaitForAsync();
        await page.WaitForParsedAsync(); // the state is at the top of the page: what the test reads next may still be arriving
    }

    private static async Task AssessAsync(IPage page, string code, string result, string measured)
    {
        var item = page.Locator($".checklist-item[data-code='{code}']");
        await item.Locator("select[name=result]").SelectOptionAsync(result);
        await item.Locator("input[name=measured]").FillAsync(measured);
        await item.Locator("button[type=submit]").ClickAsync();
        await page.Locator($".checklist-item[data-code='{code}'][data-result='{result}']").WaitForAsync();
    }
}
