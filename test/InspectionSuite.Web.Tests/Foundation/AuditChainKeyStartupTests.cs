using InspectionSuite.Testing;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

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
