using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// The settings a host needs outside Development: its host names (127.0.0.1 for the test client, app.test for requests
/// that name the public host) and a Data Protection certificate, a self-signed .pfx written to <c>directory</c>.
/// </summary>
public static class ProductionSettings
{
    public const string PublicHost = "app.test";
    public const string CertificatePassword = "test-pfx-password";

    public static string[] Args(string directory) =>
    [
        $"--AllowedHosts=127.0.0.1;{PublicHost}",
        $"--DataProtection:CertificatePath={WriteCertificate(directory)}",
        $"--DataProtection:CertificatePassword={CertificatePassword}",
    ];

    public static string WriteCertificate(string directory)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=InspectionSuite test data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"dataprotection-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        return path;
    }
}
