using InspectionSuite.Testing;
using Microsoft.Extensions.Configuration;
using Shouldly;
using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests;

public sealed class AuditChainKeyTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory("is-chain-key");

    private static IConfiguration Config(params (string Key, string Value)[] settings)
        => new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void Should_refuse_to_start_outside_development_without_a_configured_key()
    {
        var error = Should.Throw<InvalidOperationException>(() => AuditChainKeyRegistration.Load(Config(), _dir, isDevelopment: false));
        error.Message.ShouldContain("Audit:ChainKeyFile");
        File.Exists(Path.Combine(_dir, AuditChainKeyRegistration.DevelopmentKeyFile)).ShouldBeFalse();
    }

    [Fact]
    public void Should_generate_a_key_file_in_development_and_reuse_it()
    {
        var first = AuditChainKeyRegistration.Load(Config(), _dir, isDevelopment: true);
        var second = AuditChainKeyRegistration.Load(Config(), _dir, isDevelopment: true);
        File.Exists(Path.Combine(_dir, AuditChainKeyRegistration.DevelopmentKeyFile)).ShouldBeTrue();
        second.Seal("x").ShouldBe(first.Seal("x"));
    }

    [Fact]
    public void Should_read_the_configured_key_file_and_never_generate_a_missing_one()
    {
        var file = Path.Combine(_dir, "chain.key");
        File.WriteAllText(file, Convert.ToBase64String(new byte[32]) + "\n");
        var fromFile = AuditChainKeyRegistration.Load(Config(("Audit:ChainKeyFile", file)), _dir, isDevelopment: false);
        var fromSetting = AuditChainKeyRegistration.Load(Config(("Audit:ChainKey", Convert.ToBase64String(new byte[32]))), _dir, isDevelopment: false);
        fromFile.Seal("x").ShouldBe(fromSetting.Seal("x"));

        var missing = Path.Combine(_dir, "lost.key");
        Should.Throw<InvalidOperationException>(() => AuditChainKeyRegistration.Load(Config(("Audit:ChainKeyFile", missing)), _dir, isDevelopment: true))
            .Message.ShouldContain("does not exist");
        File.Exists(missing).ShouldBeFalse();
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAA==")] // 16 bytes
    public void Should_refuse_a_key_that_is_not_base64_of_32_bytes(string key)
        => Should.Throw<InvalidOperationException>(() => AuditChainKeyRegistration.Load(Config(("Audit:ChainKey", key)), _dir, isDevelopment: false))
            .Message.ShouldContain("at least 32 bytes");

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
