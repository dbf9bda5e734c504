using Microsoft.AspNetCore.Identity;

namespace InspectionSuite.Identity;

/// <summary>An application user. A unit representative is linked to exactly one unit.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";
    /// <summary>The unit a UnitRepresentative speaks for; null for staff.</summary>
    public Guid? UnitId { get; set; }
    public bool IsDemo { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }
    public AppRole(string name) : base(name) => NormalizedName = name.ToUpperInvariant();
}
