using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Auditing;
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
/// One transaction per command (issue 19 item 7), over HTTP on a real SQLite file: a fired trigger's case change, its
/// journal entry, its entity-change records and its request record commit together or not at all, and commands running
/// at the same time still extend one valid audit chain.
/// </summary>
public sealed class CommandTransactionTests : IAsyncLifetime
{
    private readonly WebTestHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Should_commit_each_concurrent_command_with_its_request_record_in_its_own_transaction_and_keep_one_valid_chain()
    {
        const int commands = 16;
        using var http = await BearerClientAsync();
        var created = await CreateCasesAsync(http, commands);

        using var start = new SemaphoreSlim(0);
        var fires = created.Select(async c =>
        {
            await start.WaitAsync();
            var response = await http.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Cancel}",
                new FireTriggerDto(c.WorkflowVersion, "Hủy để kiểm thử giao dịch"), CaseWebHost.Json);
            return (Case: c, response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(fires.Count);
        var results = await Task.WhenAll(fires);
        results.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK, string.Join("\n", results.Select(r => $"{(int)r.StatusCode} {r.Body}")));

        await using var db = await OpenAsync();
        foreach (var c in created)
        {
            var requests = await RequestRecordsAsync(db, c.Id);
            var request = requests.ShouldHaveSingleItem($"case {c.Code}: one request record for one command");
            request.Result.ShouldBe(IRequestAudit.CommittedResult);
            // The case's entity-change records of the same request sit right before it: one save sealed them together.
            var changes = await SequencesAsync(db, "SELECT Sequence FROM AuditLog WHERE Kind = $kind AND CorrelationId = $correlation ORDER BY Sequence",
                ("$kind", AuditRecordKind.EntityChange), ("$correlation", request.CorrelationId));
            changes.ShouldNotBeEmpty($"case {c.Code}: the Cancel's case change is audited");
            changes[^1].ShouldBe(request.Sequence - 1, $"case {c.Code}: entity records and request record in one append");
        }

        await VerifyIntegrityAsync();
    }

    [Fact]
    public async Task Should_roll_back_the_case_change_and_its_request_record_together_when_the_command_fails_after_the_change()
    {
        using var http = await BearerClientAsync();
        var c = (await CreateCasesAsync(http, 1))[0];
        await using var db = await OpenAsync();
        // The command's last write fails: its request record is refused after the instance, the journal, the case and its
        // entity-change records have been written in the same transaction.
        await ExecuteAsync(db, $"""
            CREATE TRIGGER fail_after_the_change BEFORE INSERT ON AuditLog
            WHEN NEW.Kind = 'Request' AND NEW.Target = '{c.Id}' AND NEW.Result = '{IRequestAudit.CommittedResult}'
            BEGIN SELECT RAISE(ABORT, 'injected failure after the case change'); END
            """);

        var failed = await http.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Cancel}", new FireTriggerDto(c.WorkflowVersion, "Hủy"), CaseWebHost.Json);

        failed.IsSuccessStatusCode.ShouldBeFalse();
        (await StateAsync(db, c.Id)).ShouldBe((c.State, c.State, c.WorkflowVersion, 0L), "case, instance and journal as before the command");
        var records = await RequestRecordsAsync(db, c.Id);
        records.ShouldNotContain(r => r.Result == IRequestAudit.CommittedResult);
        records.ShouldContain(r => r.Result == ((int)failed.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), "the failure is recorded on its own");

        await ExecuteAsync(db, "DROP TRIGGER fail_after_the_change");
        var retried = await http.PostAsJsonAsync($"/api/cases/{c.Id}/triggers/{CaseTriggers.Cancel}", new FireTriggerDto(c.WorkflowVersion, "Hủy"), CaseWebHost.Json);

        retried.StatusCode.ShouldBe(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        (await StateAsync(db, c.Id)).ShouldBe((CaseStates.Cancelled, CaseStates.Cancelled, c.WorkflowVersion + 1, 1L));
        (await RequestRecordsAsync(db, c.Id)).Count(r => r.Result == IRequestAudit.CommittedResult).ShouldBe(1);
        await VerifyIntegrityAsync();
    }

    private sealed record RequestRecord(long Sequence, string? Result, string? CorrelationId);

    private async Task<List<CaseDto>> CreateCasesAsync(HttpClient http, int count)
    {
        var units = await http.GetFromJsonAsync<JsonElement>("/api/units?take=1");
        var unitId = units.GetProperty("items")[0].GetProperty("id").GetGuid();
        var created = new List<CaseDto>();
        for (var n = 0; n < count; n++)
        {
            var response = await http.PostAsJsonAsync("/api/cases", new CreateCaseDto(CaseKind.Inspection, AuthorityCode.ThanhTra, unitId,
                $"Vụ việc giao dịch {n}", "2026", "KH 534", null, null, null), CaseWebHost.Json);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            created.Add((await response.Content.ReadFromJsonAsync<CaseDto>(CaseWebHost.Json))!);
        }
        return created;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var db = new SqliteConnection(_host.ConnectionString);
        await db.OpenAsync();
        return db;
    }

    private static async Task ExecuteAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<RequestRecord>> RequestRecordsAsync(SqliteConnection db, Guid caseId)
    {
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT Sequence, Result, CorrelationId FROM AuditLog WHERE Kind = $kind AND Target = $target ORDER BY Sequence";
        command.Parameters.AddWithValue("$kind", AuditRecordKind.Request);
        command.Parameters.AddWithValue("$target", caseId.ToString());
        await using var row = await command.ExecuteReaderAsync();
        var records = new List<RequestRecord>();
        while (await row.ReadAsync()) records.Add(new RequestRecord(row.GetInt64(0), row.IsDBNull(1) ? null : row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2)));
        return records;
    }

    private static async Task<List<long>> SequencesAsync(SqliteConnection db, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await using var row = await command.ExecuteReaderAsync();
        var sequences = new List<long>();
        while (await row.ReadAsync()) sequences.Add(row.GetInt64(0));
        return sequences;
    }

    /// <summary>The case's state, its instance's state and version, and its journaled Cancel entries.</summary>
    private static async Task<(string CaseState, string InstanceState, int Version, long Cancels)> StateAsync(SqliteConnection db, Guid caseId)
    {
        await using var command = db.CreateCommand();
        command.CommandText = """
            SELECT cs.State, i.State, i.Version, (SELECT count(*) FROM WfJournal j WHERE j.InstanceId = i.Id AND j."Trigger" = 'Cancel')
            FROM Cases cs JOIN WfInstances i ON i.Id = cs.WorkflowInstanceId WHERE cs.Id = $id
            """;
        command.Parameters.AddWithValue("$id", caseId.ToString().ToUpperInvariant()); // EF stores SQLite GUIDs as upper-case text
        await using var row = await command.ExecuteReaderAsync();
        (await row.ReadAsync()).ShouldBeTrue();
        return (row.GetString(0), row.GetString(1), row.GetInt32(2), row.GetInt64(3));
    }

    private async Task VerifyIntegrityAsync()
    {
        await using var scope = _host.App.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<IntegrityVerifier>().VerifyAsync(DateTime.UtcNow.AddMinutes(-5));
        report.Violations.ShouldBeEmpty();
    }

    private async Task<HttpClient> BearerClientAsync()
    {
        var http = new HttpClient { BaseAddress = _host.BaseAddress };
        var token = await http.PostAsJsonAsync("/api/account/token", new { userName = "supervisor", password = Seeding.DataSeeder.DemoPassword });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }
}
