using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.EntityFrameworkCore;

/// <summary>
/// Loads the audit chain key from outside the database: <c>Audit:ChainKey</c> (base64) or <c>Audit:ChainKeyFile</c> (a file
/// holding it). Only Development may fall back to a key file generated under App_Data; elsewhere a missing key stops the
/// start, because records sealed with a stand-in key could never be verified with the real one.
/// </summary>
public static class AuditChainKeyRegistration
{
    public const string KeySetting = "Audit:ChainKey";
    public const string KeyFileSetting = "Audit:ChainKeyFile";
    public const string DevelopmentKeyFile = "App_Data/audit-chain.key";

    /// <summary>Loads the key now (a missing or bad key is a start-up error) and registers it.</summary>
    public static IServiceCollection AddAuditChainKey(this IServiceCollection services, IConfiguration configuration, string contentRoot, bool isDevelopment)
        => services.AddSingleton(Load(configuration, contentRoot, isDevelopment));

    public static AuditChainKey Load(IConfiguration configuration, string contentRoot, bool isDevelopment)
    {
        if (configuration[KeySetting] is { Length: > 0 } text) return Parse(text, KeySetting);
        if (configuration[KeyFileSetting] is { Length: > 0 } configuredFile)
        {
            var path = Path.GetFullPath(configuredFile, contentRoot);
            // Never generated at a configured path: a missing file means a lost or mis-pointed key, and a new one would fork the chain.
            if (!File.Exists(path))
                throw new InvalidOperationException($"{KeyFileSetting} points to '{path}', which does not exist. Restore the audit chain key file (or create one: openssl rand -base64 32 > {path}).");
            return Parse(File.ReadAllText(path), $"{KeyFileSetting} '{path}'");
        }
        if (!isDevelopment)
            throw new InvalidOperationException(
                $"No audit chain key is configured. Set {KeyFileSetting} (environment: Audit__ChainKeyFile) to a file holding a base64 key of at least " +
                $"{AuditChainKey.MinimumBytes} bytes (openssl rand -base64 32), or {KeySetting}; keep it outside the database and back it up. " +
                $"Only the Development environment generates one ({DevelopmentKeyFile}).");

        var file = Path.Combine(contentRoot, DevelopmentKeyFile);
        if (!File.Exists(file)) TryCreate(file);
        return Parse(File.ReadAllText(file), file);
    }

    private static void TryCreate(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Written aside and moved into place: another process starting at the same time never reads a half-written key.
        var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(temp, options))
            writer.Write(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(AuditChainKey.MinimumBytes)));
        try { File.Move(temp, file, overwrite: false); }
        catch (IOException) when (File.Exists(file)) { File.Delete(temp); } // another process created it first: use theirs
    }

    private static AuditChainKey Parse(string text, string source)
    {
        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text.Trim(), bytes, out var length) || length < AuditChainKey.MinimumBytes)
            throw new InvalidOperationException($"The audit chain key from {source} must be base64 of at least {AuditChainKey.MinimumBytes} bytes.");
        return new AuditChainKey(bytes.AsSpan(0, length));
    }
}
