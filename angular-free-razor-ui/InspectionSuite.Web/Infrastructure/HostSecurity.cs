using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace InspectionSuite.Web;

/// <summary>
/// What the host needs outside Development, in one place: the host names it answers to (AllowedHosts), the proxy it
/// trusts for the client address and scheme (ForwardedHeaders), HTTPS only (redirect + HSTS), no Server header, and
/// Data Protection keys encrypted at rest with a certificate. A missing setting stops the start, saying which.
/// </summary>
public static class HostSecurity
{
    public static void AddHostSecurity(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var production = !builder.Environment.IsDevelopment();
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

        // Host filtering itself is on in every ASP.NET Core host; "*" would let any Host header reach redirects and
        // the OpenAPI document's servers.
        var hosts = (config["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (production && (hosts.Length == 0 || hosts.Contains("*")))
            throw new InvalidOperationException(
                "AllowedHosts must name the host names the app is reached under (e.g. \"inspection.example.gov.vn\", several separated by ';') " +
                $"outside Development; it is \"{config["AllowedHosts"]}\" in the {builder.Environment.EnvironmentName} environment.");

        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the scheme and the client address: the Host header stays the one AllowedHosts checked.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in config.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in config.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
    }

    /// <summary>First in the pipeline, so that everything after sees the client's scheme and address.</summary>
    public static void UseHostSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsDevelopment()) return;
        app.UseHsts();
        app.UseHttpsRedirection();
    }

    /// <summary>
    /// Encrypts the key ring (stored in the database) with the certificate at DataProtection:CertificatePath; required
    /// outside Development, where anyone reading the database could otherwise forge cookies and bearer tokens.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder dataProtection, IConfiguration config, IHostEnvironment environment)
    {
        var path = config["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (environment.IsDevelopment()) return dataProtection;
            throw new InvalidOperationException(
                $"DataProtection:CertificatePath is not set: outside Development ({environment.EnvironmentName}) the Data Protection keys " +
                "(sign-in cookies, bearer tokens, antiforgery) are encrypted at rest with a certificate. Set DataProtection:CertificatePath " +
                "to a .pfx file with its private key and DataProtection:CertificatePassword to its password.");
        }
        var file = Path.GetFullPath(path, environment.ContentRootPath);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(file, config["DataProtection:CertificatePassword"]);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"DataProtection:CertificatePath \"{file}\" could not be read as a .pfx with DataProtection:CertificatePassword: {ex.Message}", ex);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"DataProtection:CertificatePath \"{file}\" has no private key: the keys could be encrypted but never read back.");
        return dataProtection.ProtectKeysWithCertificate(certificate);
    }
}
