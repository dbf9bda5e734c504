namespace InspectionSuite.Web.Tests.Security;

public sealed class PasswordHasherCalls
{
    public int Verifications;
}
