using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;

namespace InspectionSuite.Web.Tests.Security;

internal static class CaseWebHostClients
{
    /// <summary>A cookie client (pages) on the case host.</summary>
    public static TestClient CreateClientFor(this CaseWebHost host) => new(host.BaseAddress);
}
