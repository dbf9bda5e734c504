using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Browser;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// Every money field is bounded by <see cref="MoneyConsts.MaxVnd"/> (10^15 VND) and money recovered never exceeds the
/// amount decided: decimal.MaxValue used to be stored and made every page and report that sums amounts answer 500.
/// </summary>
public sealed class MoneyBoundsHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
    private CaseJourneyApi Api => new(host.BaseAddress);

    private static async Task<T> Ok<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode) throw new ShouldAssertException($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(J))!;
    }

    /// <summary>A 400 whose validation errors name <paramref name="field"/> (in whatever casing the error contract uses).</summary>
    private static async Task ShouldBeRefusedFor(HttpResponseMessage response, string field, string? message = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject().ToList();
        var named = errors.SingleOrDefault(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase));
        named.Value.ValueKind.ShouldBe(JsonValueKind.Array, body);
        if (message is not null) named.Value.EnumerateArray().Select(m => m.GetString()).ShouldContain(message);
    }

    [Fact]
    public async Task Should_refuse_an_amount_beyond_the_bound_naming_the_field_and_save_nothing_and_accept_the_bound()
    {
        using var inspector = await host.ClientAsync("inspector");
        var texts = LocalizationTexts.Vi;

        var reporting = await Api.CaseInReportingAsync("SO-TC", "Kiểm tra số tiền của kiến nghị (phát hiện)");
        foreach (var amount in new[] { decimal.MaxValue, MoneyConsts.MaxVnd + 1, -1m })
            await ShouldBeRefusedFor(await inspector.PostAsJsonAsync($"/api/cases/{reporting.Id}/findings",
                new RecordFindingDto(null, "Chi sai", FindingSeverity.Serious, null, amount, null, reporting.ConcurrencyStamp), J), "AmountVnd", texts["Validation.MoneyRange"]);
        var unchanged = await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{reporting.Id}"));
        unchanged.FindingCount.ShouldBe(0);
        unchanged.ConcurrencyStamp.ShouldBe(reporting.ConcurrencyStamp);
        (await Ok<FindingDto>(await inspector.PostAsJsonAsync($"/api/cases/{reporting.Id}/findings",
            new RecordFindingDto(null, "Chi sai", FindingSeverity.Serious, null, MoneyConsts.MaxVnd, null, reporting.ConcurrencyStamp), J))).AmountVnd.ShouldBe(MoneyConsts.MaxVnd);

        var c = await Api.CaseInSanctioningAsync("SO-TP");
        // The very value of the report: 79228162514264337593543950335 (decimal.MaxValue), sent as raw JSON.
        var overflow = new StringContent($$"""{"type":"Recovery","target":"Kế toán","amountVnd":79228162514264337593543950335,"deadline":null,"responsible":"Thủ trưởng","concurrencyStamp":"{{c.ConcurrencyStamp}}"}""",
            System.Text.Encoding.UTF8, "application/json");
        await ShouldBeRefusedFor(await inspector.PostAsync($"/api/cases/{c.Id}/sanctions", overflow), "AmountVnd", texts["Validation.MoneyRange"]);
        await ShouldBeRefusedFor(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/sanctions",
            new IssueSanctionDto(SanctionType.AdministrativeFine, "Ông A", MoneyConsts.MaxVnd + 1, null, "Ông A", c.ConcurrencyStamp), J), "AmountVnd");
        (await Ok<List<SanctionDto>>(await inspector.GetAsync($"/api/cases/{c.Id}/sanctions"))).ShouldBeEmpty();
        (await Ok<SanctionDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/sanctions",
            new IssueSanctionDto(SanctionType.AdministrativeFine, "Ông A", MoneyConsts.MaxVnd, null, "Ông A", c.ConcurrencyStamp), J))).AmountVnd.ShouldBe(MoneyConsts.MaxVnd);
    }

    [Fact]
    public async Task Should_render_the_case_page_follow_up_register_export_and_dashboard_with_sums_of_many_maximal_amounts()
    {
        const int count = 25;
        using var inspector = await host.ClientAsync("inspector");
        var c = await Api.CaseInSanctioningAsync("VP-UBND");
        for (var i = 0; i < count; i++)
        {
            var stamp = (await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{c.Id}"))).ConcurrencyStamp;
            await Ok<SanctionDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/sanctions",
                new IssueSanctionDto(SanctionType.Recovery, $"Đối tượng {i}", MoneyConsts.MaxVnd, Today.AddDays(30), "Thủ trưởng", stamp), J));
        }
        var sanctions = await Ok<List<SanctionDto>>(await inspector.GetAsync($"/api/cases/{c.Id}/sanctions"));
        foreach (var s in sanctions.Take(5))
        {
            var stamp = (await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{c.Id}"))).ConcurrencyStamp;
            await Ok<FollowUpDto>(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/reports",
                new ReportImplementationDto(s.Id, ImplementationStatus.Done, MoneyConsts.MaxVnd, "Đã nộp đủ", stamp), J));
        }

        var followUp = await Ok<FollowUpDto>(await inspector.GetAsync($"/api/cases/{c.Id}/follow-up"));
        followUp.AmountDecidedVnd.ShouldBe(count * MoneyConsts.MaxVnd);
        followUp.AmountRecoveredVnd.ShouldBe(5 * MoneyConsts.MaxVnd);

        using var page = new TestClient(host.BaseAddress);
        (await page.LoginAsync("inspector")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await page.Http.GetAsync($"/Cases/Detail/{c.Id}");
        html.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await html.Content.ReadAsStringAsync()).ShouldContain("25.000.000.000.000.000 đ");

        using var leader = await host.ClientAsync("leader");
        var csv = await leader.GetAsync($"/api/exports/sanctions-register.csv?year={Today.Year}");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await csv.Content.ReadAsStringAsync()).ShouldContain("1000000000000000");
        (await leader.GetAsync($"/api/exports/sanctions-register.xlsx?year={Today.Year}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var leaderPage = new TestClient(host.BaseAddress);
        (await leaderPage.LoginAsync("leader")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dashboard = await leaderPage.Http.GetAsync($"/Reports/Sanctions?year={Today.Year}");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_refuse_a_recovered_amount_beyond_the_decided_amount()
    {
        using var inspector = await host.ClientAsync("inspector");
        using var supervisor = await host.ClientAsync("supervisor");
        var texts = LocalizationTexts.Vi;
        var c = await Api.CaseInFollowUpAsync("SO-XD");
        var sanctions = await Ok<List<SanctionDto>>(await inspector.GetAsync($"/api/cases/{c.Id}/sanctions"));
        var recovery = sanctions.Single(s => s.Type == SanctionType.Recovery); // 12,000,000 decided
        var recommendation = sanctions.Single(s => s.Type == SanctionType.CorrectiveRecommendation); // no money

        async Task<HttpResponseMessage> Report(Guid sanctionId, decimal amount)
        {
            var stamp = (await Ok<CaseDto>(await inspector.GetAsync($"/api/cases/{c.Id}"))).ConcurrencyStamp;
            return await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/reports", new ReportImplementationDto(sanctionId, ImplementationStatus.PartlyDone, amount, null, stamp), J);
        }

        await ShouldBeRefusedFor(await Report(recovery.Id, 12_000_001m), "AmountRecoveredVnd", texts["Validation.RecoveredExceedsDecided"]);
        await ShouldBeRefusedFor(await Report(recommendation.Id, 1m), "AmountRecoveredVnd");
        (await Report(recovery.Id, 7_000_000m)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeRefusedFor(await Report(recovery.Id, 5_000_001m), "AmountRecoveredVnd"); // reports add up
        var followUp = await Ok<FollowUpDto>(await inspector.GetAsync($"/api/cases/{c.Id}/follow-up"));
        followUp.AmountRecoveredVnd.ShouldBe(7_000_000m);
        followUp.Reports.Count.ShouldBe(1);
        (await Report(recovery.Id, 5_000_000m)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A re-check verifies the amount on the spot: it cannot exceed the decided amount either.
        var team = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{c.Id}"))).Team;
        var stamp = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{c.Id}"))).ConcurrencyStamp;
        var reCheck = await Ok<ReCheckDto>(await supervisor.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/re-checks",
            new OrderReCheckDto("50/QĐ-SNV", Today, "Kiểm tra lại", null, [team[0].UserId], stamp), J));
        stamp = (await Ok<CaseDto>(await supervisor.GetAsync($"/api/cases/{c.Id}"))).ConcurrencyStamp;
        await ShouldBeRefusedFor(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/re-checks/{reCheck.Id}/results",
            new RecordReCheckResultDto(recovery.Id, ReCheckOutcome.ConfirmedDone, 12_000_001m, null, stamp), J), "VerifiedRecoveredVnd");
        await ShouldBeRefusedFor(await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/follow-up/re-checks/{reCheck.Id}/results",
            new RecordReCheckResultDto(recovery.Id, ReCheckOutcome.ConfirmedDone, decimal.MaxValue, null, stamp), J), "VerifiedRecoveredVnd");
        (await Ok<List<ReCheckDto>>(await inspector.GetAsync($"/api/cases/{c.Id}/follow-up/re-checks"))).Single().Results.ShouldBeEmpty();
    }
}
