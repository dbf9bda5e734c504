using InspectionSuite.Testing;
using InspectionSuite.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

public sealed class WorkflowDefinitionStartupTests
{
    [Fact]
    public async Task Should_refuse_to_start_on_an_invalid_definition_and_say_why()
    {
        var dir = TestPaths.NewTempDirectory("is-bad-defs");
        try
        {
            var definitions = Path.Combine(dir, "workflows");
            Directory.CreateDirectory(definitions);
            var json = await File.ReadAllTextAsync(Path.Combine(TestPaths.Workflows, "thanh-tra.inspection.json"));
            await File.WriteAllTextAsync(Path.Combine(definitions, "thanh-tra.inspection.json"), json.Replace("\"ResultsReportAttached\"", "\"NoSuchGuard\""));
            var app = WebApp.Build(new WebApplicationOptions
            {
                ContentRootPath = TestPaths.WebProject,
                EnvironmentName = "Production",
                Args =
                [
                    "--urls", "http://127.0.0.1:0",
                    $"--ConnectionStrings:Default=Data Source={Path.Combine(dir, "web.db")}",
                    $"--Logging:Directory={Path.Combine(dir, "logs")}",
                    $"--Workflows:DefinitionsDirectory={definitions}",
                    $"--Audit:ChainKey={TestAuditChainKey.Base64}",
                    "--Serilog:MinimumLevel:Default=Fatal",
                    .. Infrastructure.ProductionSettings.Args(dir),
                ],
            });
            var error = await Should.ThrowAsync<Exception>(() => app.StartAsync());
            error.ToString().ShouldContain("thanh-tra.inspection.json");
            error.ToString().ShouldContain("NoSuchGuard");
            await app.DisposeAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
