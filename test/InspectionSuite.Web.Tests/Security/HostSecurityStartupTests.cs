using InspectionSuite.Testing;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Security;

public sealed class HostSecurityStartupTests
{
    [Fact]
    public void Should_refuse_to_start_in_production_without_a_data_protection_certificate_and_say_which_setting()
    {
        var error = Should.Throw<InvalidOperationException>(() => Build("--AllowedHosts=app.test"));
        error.Message.ShouldContain("DataProtection:CertificatePath");
        error.Message.ShouldContain("DataProtection:CertificatePassword");
    }

    [Fact]
    public void Should_refuse_to_start_in_production_when_any_host_is_allowed()
    {
        var dir = TestPaths.NewTempDirectory("is-prod-hosts");
        var certificate = ProductionSettings.WriteCertificate(dir);
        var settings = new[] { $"--DataProtection:CertificatePath={certificate}", $"--DataProtection:CertificatePassword={ProductionSettings.CertificatePassword}" };
        Should.Throw<InvalidOperationException>(() => Build(settings)).Message.ShouldContain("AllowedHosts");
        Should.Throw<InvalidOperationException>(() => Build([.. settings, "--AllowedHosts=*"])).Message.ShouldContain("AllowedHosts");
    }

    [Fact]
    public void Should_refuse_a_certificate_it_cannot_open()
    {
        var dir = TestPaths.NewTempDirectory("is-prod-cert");
        var certificate = ProductionSettings.WriteCertificate(dir);
        var error = Should.Throw<InvalidOperationException>(() => Build("--AllowedHosts=app.test", $"--DataProtection:CertificatePath={certificate}", "--DataProtection:CertificatePassword=wrong"));
        error.Message.ShouldContain(certificate);
    }

    private static void Build(params string[] settings)
    {
        var dir = TestPaths.NewTempDirectory("is-prod-start");
        WebApp.Build(new WebApplicationOptions
        {
            ContentRootPath = TestPaths.WebProject,
            EnvironmentName = "Production",
            // The audit chain key is given, so that only the host settings under test are missing.
            Args = ["--urls", "http://127.0.0.1:0", $"--ConnectionStrings:Default=Data Source={Path.Combine(dir, "web.db")}", $"--Logging:Directory={Path.Combine(dir, "logs")}",
                $"--Audit:ChainKey={TestAuditChainKey.Base64}", .. settings],
        });
    }
}
