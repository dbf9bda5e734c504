using System.Net;
using System.Net.Http.Json;
using InspectionSuite.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>/Cases/New (issue 18): supervisors open a case by hand; others are refused; a bad unit comes back with what was typed.</summary>
public sealed class CaseNewPageHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    private async Task<TestClient> SignedInAsync(string userName)
    {
        var client = new TestClient(host.BaseAddress);
        (await client.LoginAsync(userName)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));

    [Fact]
    public async Task Should_let_a_supervisor_open_a_case_with_its_period_and_refuse_an_inspector()
    {
        using var inspector = await SignedInAsync("inspector");
        (await inspector.Http.GetAsync("/Cases/New")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await inspector.Http.GetStringAsync("/Cases")).ShouldNotContain("id=\"new-case\"");

        using var supervisor = await SignedInAsync("supervisor");
        (await supervisor.Http.GetStringAsync("/Cases")).ShouldContain("href=\"/Cases/New\"");
        var token = await supervisor.GetTokenAsync("/Cases/New");
        var created = await supervisor.Http.PostAsync("/Cases/New", Form(token, ("Input.Kind", "Check"), ("Input.Authority", "NoiVu"),
            ("Input.UnitCode", "P01 — tên bất kỳ"), ("Input.Subject", "Kiểm tra đột xuất công tác cải cách hành chính"), ("Input.Scope", "Năm 2026"),
            ("Input.PeriodFrom", "2026-01-01"), ("Input.PeriodTo", "2026-06-30"), ("Input.LegalBasis", "Luật Thanh tra số 84/2025/QH15")));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = created.Headers.Location!.ToString();
        location.ShouldStartWith("/Cases/Detail/");
        var id = Guid.Parse(location["/Cases/Detail/".Length..].Split('?', '#')[0]);

        using var api = await host.ClientAsync("supervisor");
        var c = (await api.GetFromJsonAsync<CaseDto>($"/api/cases/{id}", CaseWebHost.Json))!;
        c.Kind.ShouldBe(CaseKind.Check);
        c.UnitCode.ShouldBe("P01");
        c.PeriodFrom.ShouldBe(new DateOnly(2026, 1, 1));
        c.PeriodTo.ShouldBe(new DateOnly(2026, 6, 30));
        c.State.ShouldBe(CaseStates.Planned);
    }

    [Fact]
    public async Task Should_keep_what_was_typed_when_the_unit_is_unknown_and_open_nothing()
    {
        using var supervisor = await SignedInAsync("supervisor");
        using var api = await host.ClientAsync("supervisor");
        var before = (await api.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=1", CaseWebHost.Json))!.TotalCount;
        var token = await supervisor.GetTokenAsync("/Cases/New");
        var refused = await supervisor.Http.PostAsync("/Cases/New", Form(token, ("Input.Kind", "Inspection"), ("Input.Authority", "ThanhTra"),
            ("Input.UnitCode", "KHONG-CO"), ("Input.Subject", "Chủ đề giữ lại")));
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("value=\"Chủ đề giữ lại\"");
        html.ShouldContain(LocalizationTexts.Vi["CaseNew.UnitUnknown"]);
        (await api.GetFromJsonAsync<PagedResultDto<CaseListItemDto>>("/api/cases?take=1", CaseWebHost.Json))!.TotalCount.ShouldBe(before);
    }
}
