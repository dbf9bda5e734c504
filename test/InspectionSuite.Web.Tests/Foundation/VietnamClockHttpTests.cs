using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>Every time users see is Vietnam time (UTC+7), day first, whatever the server's own zone and the language.</summary>
public sealed class VietnamClockHttpTests(FrozenClockHost fixture) : IClassFixture<FrozenClockHost>
{
    private static readonly string VietnamMinute = FrozenClockHost.Instant.UtcDateTime.AddHours(7).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
    private static readonly string UtcMinute = FrozenClockHost.Instant.UtcDateTime.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public void Should_turn_a_utc_instant_into_vietnam_time_day_first()
    {
        var utc = new DateTime(2026, 3, 10, 20, 30, 15, DateTimeKind.Utc);
        VietnamTime.DateTimeText(utc).ShouldBe("11/03/2026 03:30");
        VietnamTime.DateTimeSecondsText(utc).ShouldBe("11/03/2026 03:30:15");
        VietnamTime.DateOf(utc).ShouldBe(new DateOnly(2026, 3, 11));
        VietnamTime.Today(new FakeTimeProvider(new DateTimeOffset(utc))).ShouldBe(new DateOnly(2026, 3, 11));
    }

    [Fact]
    public async Task Should_show_the_audit_log_in_vietnam_time()
    {
        using var supervisor = fixture.Host.CreateClient();
        await supervisor.LoginAsync("supervisor");
        (await supervisor.Http.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, 2041))).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var admin = fixture.Host.CreateClient();
        await admin.LoginAsync("admin");
        var html = await admin.Http.GetStringAsync("/Admin/AuditLog?user=supervisor");

        html.ShouldContain(FrozenClockHost.Instant.UtcDateTime.AddHours(7).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture));
        html.ShouldNotContain(UtcMinute);
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task Should_show_when_a_plan_was_drawn_and_approved_in_vietnam_time(string culture)
    {
        using var supervisor = fixture.Host.CreateClient();
        await supervisor.LoginAsync("supervisor");
        var year = culture == "vi" ? 2042 : 2043;
        var created = await supervisor.Http.PostAsJsonAsync("/api/plans", new CreateAnnualPlanDto(AuthorityCode.NoiVu, year));
        var plan = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = plan.GetProperty("id").GetGuid();
        var drawn = await supervisor.Http.PostAsJsonAsync($"/api/plans/{id}/draw", new DrawPlanDto("CLOCK-" + year, plan.GetProperty("concurrencyStamp").GetString()!));
        plan = await drawn.Content.ReadFromJsonAsync<JsonElement>();
        (await supervisor.Http.PostAsJsonAsync($"/api/plans/{id}/approve", new PlanCommandDto(plan.GetProperty("concurrencyStamp").GetString()!))).StatusCode.ShouldBe(HttpStatusCode.OK);

        await supervisor.Http.GetAsync($"/culture/{culture}");
        var html = await supervisor.Http.GetStringAsync($"/Planning/Plan/{id}");

        html.Split(VietnamMinute).Length.ShouldBeGreaterThanOrEqualTo(3); // drawn and approved
        html.ShouldNotContain(UtcMinute);
    }
}
