namespace InspectionSuite.Web;

/// <summary>
/// A permission a single page handler needs on top of the page's own [Authorize] (Razor Pages accept
/// [Authorize] only on the page model). Checked by <see cref="HandlerPermissionFilter"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}
