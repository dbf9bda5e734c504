using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using InspectionSuite.Testing;
using InspectionSuite.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// The real web app (Kestrel, random port) over a fresh SQLite file in Development (demo users and demo cases),
/// with the evidence directory in the temp folder and a 64 KiB evidence limit.
/// </summary>
public sealed class CaseWebHost : IAsyncLifetime
{
    public const long MaxEvidenceBytes = 64 * 1024;
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string DataDirectory { get; } = TestPaths.NewTempDirectory("is-cases-web");
    public string EvidenceDirectory => Path.Combine(DataDirectory, "evidence");
    public WebApplication App { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = WebApp.Build(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.WebProject,
            EnvironmentName = "Development",
            Args =
            [
                "--urls", "http://127.0.0.1:0",
                $"--ConnectionStrings:Default=Data Source={Path.Combine(DataDirectory, "web.db")}",
                $"--Logging:Directory={Path.Combine(DataDirectory, "logs")}",
                $"--Cases:Evidence:RootDirectory={EvidenceDirectory}",
                $"--Cases:Evidence:MaxBytes={MaxEvidenceBytes}",
                "--Serilog:MinimumLevel:Default=Warning",
                "--RateLimits:LoginPerMinute=1000",
                "--RateLimits:TokenPerUserNamePerMinute=1000",
                $"--Audit:ChainKey={TestAuditChainKey.Base64}",
            ],
        });
        await App.StartAsync();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1"));
    }

    /// <summary>An API client authenticated with a bearer token of the demo user.</summary>
    public async Task<HttpClient> ClientAsync(string userName)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        var token = await http.PostAsJsonAsync("/api/account/token", new { userName, password = Seeding.DataSeeder.DemoPassword });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return http;
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
