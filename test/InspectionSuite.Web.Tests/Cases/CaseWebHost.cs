using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>
/// The real web app over a fresh SQLite file in Development (demo users and demo cases) with a 64 KiB evidence limit: the
/// one Kestrel test host (<see cref="WebTestHost"/>) with that setting, a bearer-token API client, and its data directory
/// deleted afterwards (no other host shares it).
/// </summary>
public sealed class CaseWebHost : IAsyncLifetime
{
    public const long MaxEvidenceBytes = 64 * 1024;
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly WebTestHost _host = WebTestHost.With([$"--Cases:Evidence:MaxBytes={MaxEvidenceBytes}"]);

    public string DataDirectory => _host.DataDirectory;
    public string EvidenceDirectory => _host.EvidenceDirectory;
    public WebApplication App => _host.App;
    public Uri BaseAddress => _host.BaseAddress;

    public Task InitializeAsync() => _host.InitializeAsync();

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
        await _host.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
