using System.Security.Cryptography;

namespace InspectionSuite.Testing;

/// <summary>One audit chain key per test run, for hosts that must share it (several web instances on one database).</summary>
public static class TestAuditChainKey
{
    public static string Base64 { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
