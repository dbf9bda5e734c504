using System.Net;
using System.Net.Http.Json;
using InspectionSuite.Seeding;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

/// <summary>
/// The demo password is public (README): a database first started in Development must not keep working demo accounts once
/// it runs in Production without demo data, and no log outside Development prints the password.
/// </summary>
public sealed class DemoAccountsTests
{
    [Fact]
    public async Task Should_refuse_demo_logins_in_production_without_demo_data_after_a_development_start()
    {
        var development = new WebTestHost();
        await development.InitializeAsync();
        using (var client = development.CreateClient())
            (await client.LoginAsync("admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect); // seeded and usable
        await development.DisposeAsync();

        var logs = Path.Combine(development.DataDirectory, "production-logs");
        var production = WebTestHost.InEnvironment("Production",
            [.. ProductionSettings.Args(development.DataDirectory), "--DemoData:Enabled=false", $"--Logging:Directory={logs}", "--Serilog:MinimumLevel:Default=Information"],
            sameDatabaseAs: development);
        await production.InitializeAsync();
        try
        {
            foreach (var login in DataSeeder.DemoLogins)
            {
                using var client = production.CreateClient();
                var page = await client.LoginAsync(login.UserName);
                page.StatusCode.ShouldBe(HttpStatusCode.OK, $"{login.UserName} signed in on the page"); // the form again
                page.Headers.TryGetValues("Set-Cookie", out var cookies);
                (cookies ?? []).ShouldNotContain(c => c.StartsWith("InspectionSuite.Auth="));

                var token = await client.Http.PostAsJsonAsync("/api/account/token", new { userName = login.UserName, password = DataSeeder.DemoPassword });
                token.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{login.UserName} got a bearer token");
            }
        }
        finally
        {
            await production.DisposeAsync();
        }
        var log = ReadLogs(logs);
        log.ShouldContain("InspectionSuite is running"); // the start was logged at Information...
        log.ShouldNotContain(DataSeeder.DemoPassword); // ...without the password

        // Back in Development the demo accounts are usable again (the developer's experience).
        var again = WebTestHost.OnSameDatabaseAs(development);
        await again.InitializeAsync();
        try
        {
            using var client = again.CreateClient();
            (await client.LoginAsync("admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        finally
        {
            await again.DisposeAsync();
        }
    }

    [Fact]
    public async Task Should_not_log_the_demo_password_outside_development_even_with_demo_data_on()
    {
        var dir = InspectionSuite.Testing.TestPaths.NewTempDirectory("is-demo-on");
        var logs = Path.Combine(dir, "logs");
        var host = WebTestHost.InEnvironment("Production",
            [.. ProductionSettings.Args(dir), "--DemoData:Enabled=true", $"--Logging:Directory={logs}", "--Serilog:MinimumLevel:Default=Information"]);
        await host.InitializeAsync();
        await host.DisposeAsync();

        var log = ReadLogs(logs);
        log.ShouldContain("DemoData:Enabled is on outside Development"); // the warning names the accounts...
        log.ShouldNotContain(DataSeeder.DemoPassword); // ...not their password
    }

    /// <summary>Console and files receive the same events (one Serilog pipeline); the files can be read after the host stopped.</summary>
    private static string ReadLogs(string directory)
        => string.Concat(Directory.GetFiles(directory, "*.log").Select(File.ReadAllText));
}
