using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InspectionSuite.Testing;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
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

/// <summary>Its own host: the test empties the audit table.</summary>
public sealed class AuditLogPageVerifyTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private static async Task<string> VerifyOnPageAsync(TestClient client)
    {
        var token = await client.GetTokenAsync("/Admin/AuditLog");
        var response = await client.Http.PostAsync("/Admin/AuditLog?handler=Verify",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_report_an_emptied_audit_table_on_the_audit_log_page()
    {
        using var client = host.CreateClient();
        (await client.LoginAsync("admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await VerifyOnPageAsync(client)).ShouldContain("Chuỗi nhật ký toàn vẹn");

        await using (var connection = new SqliteConnection(host.ConnectionString))
        {
            await connection.OpenAsync();
            await using var delete = connection.CreateCommand();
            delete.CommandText = "DELETE FROM AuditLog";
            (await delete.ExecuteNonQueryAsync()).ShouldBeGreaterThan(0);
        }
        var html = await VerifyOnPageAsync(client);
        html.ShouldContain("Chuỗi nhật ký kiểm toán bị phá vỡ tại bản ghi 1");
        html.ShouldContain("the newest records were deleted");
    }
}

public sealed class AuditChainKeyStartupTests
{
    [Fact]
    public void Should_refuse_to_start_in_production_without_an_audit_chain_key()
    {
        var dir = TestPaths.NewTempDirectory("is-no-key");
        try
        {
            var error = Should.Throw<InvalidOperationException>(() => WebApp.Build(new WebApplicationOptions
            {
                ContentRootPath = TestPaths.WebProject,
                EnvironmentName = "Production",
                // Every other Production setting is given, so that only the key is missing.
                Args = [$"--ConnectionStrings:Default=Data Source={Path.Combine(dir, "web.db")}", $"--Logging:Directory={Path.Combine(dir, "logs")}", .. ProductionSettings.Args(dir)],
            }));
            error.Message.ShouldContain("No audit chain key is configured");
            error.Message.ShouldContain("Audit:ChainKeyFile");
        }
        finally { try { Directory.Delete(dir, recursive: true); } catch (IOException) { } }
    }
}
