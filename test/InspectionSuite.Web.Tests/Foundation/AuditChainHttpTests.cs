using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>Its own host: the test truncates the audit table.</summary>
public sealed class AuditChainHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task Should_checkpoint_an_intact_chain_and_report_records_deleted_after_the_checkpoint()
    {
        using var client = host.CreateClient();
        var token = await client.Http.PostAsJsonAsync("/api/account/token", new { userName = "admin", password = Seeding.DataSeeder.DemoPassword });
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        var intact = await (await client.Http.PostAsync("/api/audit-log/verify", null)).Content.ReadFromJsonAsync<JsonElement>();
        intact.GetProperty("isIntact").GetBoolean().ShouldBeTrue(intact.ToString());
        // An intact verification anchors the chain: deleting anything it saw is now detected.
        var anchored = (long)(await ScalarAsync("SELECT max(RecordCount) FROM AuditCheckpoints"))!;
        anchored.ShouldBe(intact.GetProperty("recordsChecked").GetInt64());

        await using (var connection = new SqliteConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = $"DELETE FROM AuditLog WHERE Sequence > {anchored - 2}";
            (await delete.ExecuteNonQueryAsync()).ShouldBeGreaterThanOrEqualTo(2);
        }

        var response = await client.Http.PostAsync("/api/audit-log/verify", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var broken = await response.Content.ReadFromJsonAsync<JsonElement>();
        broken.GetProperty("isIntact").GetBoolean().ShouldBeFalse();
        broken.GetProperty("brokenAtSequence").GetInt64().ShouldBe(anchored - 1);
        broken.GetProperty("reason").GetString().ShouldNotBeNull().ShouldContain("deleted");
    }
}
