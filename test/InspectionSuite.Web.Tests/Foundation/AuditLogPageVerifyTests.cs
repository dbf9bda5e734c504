using System.Net;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

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
