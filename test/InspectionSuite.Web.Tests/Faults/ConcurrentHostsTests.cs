using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Cases;
using InspectionSuite.Integrity;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Faults;

/// <summary>
/// Two real web hosts on one SQLite file, firing the same triggers at the same cases at the same time (issue 8,
/// faults): exactly one attempt per transition is accepted, it is journaled exactly once, every loser gets 409, and
/// the integrity check the CLI runs (`verify`) finds nothing wrong.
/// </summary>
public sealed class ConcurrentHostsTests : IAsyncLifetime
{
    private const int Cases = 12;
    private const int AttemptsPerHost = 2;
    private readonly WebTestHost _first = new();
    private WebTestHost _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = WebTestHost.OnSameDatabaseAs(_first);
        await _second.InitializeAsync();
    }

    [Fact]
    public async Task Should_journal_each_accepted_transition_once_and_answer_409_to_the_losers_when_two_hosts_race()
    {
        using var a = await BearerClientAsync(_first);
        using var b = await BearerClientAsync(_second);
        var units = await a.GetFromJsonAsync<JsonElement>("/api/units?take=1");
        var unitId = units.GetProperty("items")[0].GetProperty("id").GetGuid();
        var created = new List<CaseDto>();
        for (var n = 0; n < Cases; n++)
        {
            var host = n % 2 == 0 ? a : b; // cases created on both hosts too
            var response = await host.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
                $"Vụ việc chạy đua {n}", "2026", "KH 534", null, null, null), CaseWebHost.Json);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            created.Add((await response.Content.ReadFromJsonAsync<CaseDto>(CaseWebHost.Json))!);
        }

        // Every case gets 2 × AttemptsPerHost simultaneous Cancel requests at the version both hosts read.
        using var start = new SemaphoreSlim(0);
        var attempts = created.SelectMany(c => Enumerable.Range(0, AttemptsPerHost).SelectMany(_ => new[] { a, b }).Select(async http =>
        {
            await start.WaitAsync();
            var response = await http.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Cancel}",
                new FireTriggerDto(c.WorkflowVersion, "Hủy để kiểm thử tranh chấp"), CaseWebHost.Json);
            return (Case: c, Status: response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        })).ToList();
        start.Release(attempts.Count);
        var results = await Task.WhenAll(attempts);

        foreach (var perCase in results.GroupBy(r => r.Case.Id))
        {
            perCase.Count(r => r.Status == HttpStatusCode.OK).ShouldBe(1, string.Join("\n", perCase.Select(r => $"{(int)r.Status} {r.Body}")));
            perCase.Where(r => r.Status != HttpStatusCode.OK).ShouldAllBe(r => r.Status == HttpStatusCode.Conflict);
        }

        await using (var db = new SqliteConnection(_first.ConnectionString))
        {
            await db.OpenAsync();
            foreach (var c in created)
            {
                var cmd = db.CreateCommand();
                cmd.CommandText = """
                    SELECT (SELECT count(*) FROM WfJournal j WHERE j.InstanceId = i.Id AND j."Trigger" = 'Cancel'),
                           (SELECT count(*) FROM WfJournal j WHERE j.InstanceId = i.Id), i.State, i.Version, cs.State
                    FROM WfInstances i JOIN Cases cs ON cs.WorkflowInstanceId = i.Id WHERE cs.Id = $id
                    """;
                cmd.Parameters.AddWithValue("$id", c.Id.ToString().ToUpperInvariant()); // EF stores SQLite GUIDs as upper-case text
                await using var row = await cmd.ExecuteReaderAsync();
                (await row.ReadAsync()).ShouldBeTrue();
                row.GetInt32(0).ShouldBe(1, $"case {c.Code}: the accepted Cancel is journaled exactly once");
                row.GetInt32(1).ShouldBe(2, $"case {c.Code}: Started + Cancel, no entry of a loser");
                row.GetString(2).ShouldBe(CaseStates.Cancelled);
                row.GetInt32(3).ShouldBe(c.WorkflowVersion + 1);
                row.GetString(4).ShouldBe(CaseStates.Cancelled);
            }
        }

        // The integrity check of `InspectionSuite.Cli verify`, run from the second host.
        await using var scope = _second.App.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IntegrityVerifier>().VerifyAsync(DateTime.UtcNow.AddMinutes(-5));
        report.Violations.ShouldBeEmpty();
        report.InstancesChecked.ShouldBeGreaterThanOrEqualTo(Cases);
    }

    private static async Task<HttpClient> BearerClientAsync(WebTestHost host)
    {
        var http = new HttpClient { BaseAddress = host.BaseAddress };
        var token = await http.PostAsJsonAsync("/api/account/token", new { userName = "supervisor", password = Seeding.DataSeeder.DemoPassword });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }
}
