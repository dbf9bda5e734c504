using Microsoft.AspNetCore.Identity;

namespace InspectionSuite.Identity;

/// <summary>An application user. A unit representative is linked to exactly one unit.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";
    /// <summary>
    /// Chức vụ, as it is printed above the signature ("Chánh Thanh tra", "Phó Chánh Thanh tra"): the signer of an
    /// inspection decision the user issues is "position - full name" (thanh-tra.inspection v4, docs/cases.md).
    /// </summary>
    public string? Position { get; set; }
    /// <summary>The unit a UnitRepresentative speaks for; null for staff.</summary>
    public Guid? UnitId { get; set; }
    public bool IsDemo { get; set; }
    /// <summary>The user's own choice (profile page) to receive notifications by e-mail too; they always appear in the app.</summary>
    public bool EmailNotifications { get; set; } = true;
}
