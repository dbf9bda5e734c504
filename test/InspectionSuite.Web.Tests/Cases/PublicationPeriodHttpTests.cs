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
/// The publication period is what the Publish guard checked (at least 15 days): once published it is frozen, and when it
/// is recorded it cannot start before the conclusion exists.
/// </summary>
public sealed class PublicationPeriodHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private static readonly JsonSerializerOptions J = CaseWebHost.Json;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
    private CaseJourneyApi Api => new(host.BaseAddress);

    private static async Task<CaseDto> Get(HttpClient http, Guid id) => (await http.GetFromJsonAsync<CaseDto>($"/api/cases/{id}", J))!;

    [Fact]
    public async Task Should_refuse_changing_the_publication_period_once_published_and_change_nothing()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var c = await Api.CasePublishedAsync("SO-TC", "Kiểm tra công khai kết luận");
        var expected = LocalizationTexts.Vi["Inspection:040201"].Replace("{0:dd/MM/yyyy}", Today.ToString("dd/MM/yyyy")).Replace("{1:dd/MM/yyyy}", Today.AddDays(14).ToString("dd/MM/yyyy"));

        foreach (var (from, to) in new[] { (Today, Today), (new DateOnly(1900, 1, 1), new DateOnly(1900, 1, 1)), (Today, Today.AddDays(100)) })
        {
            var response = await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", from, to, c.ConcurrencyStamp), J);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
            problem.GetProperty("code").GetString().ShouldBe(CaseErrorCodes.PublicationFrozen);
            problem.GetProperty("title").GetString().ShouldBe(expected);
        }
        var after = await Get(supervisor, c.Id);
        (after.Publication.From, after.Publication.To, after.State).ShouldBe((Today, Today.AddDays(14), CaseStates.Published));
        after.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);

        // The workspace no longer offers the form; its handler gets the same refusal.
        using var page = new TestClient(host.BaseAddress);
        (await page.LoginAsync("supervisor")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await page.Http.GetStringAsync($"/Cases/Detail/{c.Id}");
        html.ShouldNotContain("id=\"publication-form\"");
        var post = await page.Http.PostAsync($"/Cases/Detail/{c.Id}?handler=Publication", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Stamp"] = c.ConcurrencyStamp, ["Publication.Channel"] = "Cổng", ["Publication.From"] = "1900-01-01", ["Publication.To"] = "1900-01-01",
            ["__RequestVerificationToken"] = TestClient.AntiforgeryToken(html),
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Get(supervisor, c.Id)).Publication.From.ShouldBe(Today);

        // Later states keep it frozen too.
        using var inspector = await host.ClientAsync("inspector");
        c = (await (await inspector.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.StartSanctioning}", new FireTriggerDto(after.WorkflowVersion), J))
            .Content.ReadFromJsonAsync<CaseDto>(J))!;
        c.State.ShouldBe(CaseStates.Sanctioning);
        var late = await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", Today, Today, c.ConcurrencyStamp), J);
        (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe(CaseErrorCodes.PublicationFrozen);
    }

    [Fact]
    public async Task Should_refuse_a_publication_period_starting_before_the_conclusion_or_ending_before_it_starts()
    {
        using var supervisor = await host.ClientAsync("supervisor");
        var c = await Api.CaseConcludedAsync("SO-TP", "Kiểm tra ngày công khai kết luận");

        async Task Refused(DateOnly from, DateOnly to, string field, string message)
        {
            var response = await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", from, to, c.ConcurrencyStamp), J);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
            var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateObject();
            errors.Single(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)).Value.EnumerateArray().Select(m => m.GetString())
                .ShouldContain(LocalizationTexts.Vi[message]);
        }

        await Refused(new DateOnly(1900, 1, 1), new DateOnly(1900, 1, 31), "From", "Validation.PublicationBeforeConclusion");
        await Refused(Today.AddDays(-1), Today.AddDays(20), "From", "Validation.PublicationBeforeConclusion");
        await Refused(Today.AddDays(5), Today, "To", "Validation.DateRange");
        var unchanged = await Get(supervisor, c.Id);
        unchanged.Publication.From.ShouldBeNull();
        unchanged.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);

        var ok = await supervisor.PutAsJsonAsync($"/api/cases/{c.Id}/publication", new RecordPublicationDto("Cổng TTĐT tỉnh", Today, Today.AddDays(14), c.ConcurrencyStamp), J);
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
