using Microsoft.AspNetCore.Identity;

namespace InspectionSuite.Identity;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }
    public AppRole(string name) : base(name) => NormalizedName = name.ToUpperInvariant();
}
