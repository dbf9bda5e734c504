namespace InspectionSuite.Web.Pages.Admin;

[Authorize(InspectionSuitePermissions.Administration.Permissions)]
public sealed class PermissionsModel(IPermissionAppService service, InspectionSuiteLocalizer l) : PageModel
{
    public IReadOnlyList<RolePermissionsDto> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Roles = await service.GetAllRolesAsync(ct);

    public async Task<IActionResult> OnPostGrantAsync(string role, string permission, CancellationToken ct)
    {
        await service.GrantAsync(role, permission, ct);
        TempData["Success"] = l["Permissions.Granted", l.PermissionName(permission), l["Role." + role]];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string role, string permission, CancellationToken ct)
    {
        await service.RevokeAsync(role, permission, ct);
        TempData["Success"] = l["Permissions.Revoked", l.PermissionName(permission), l["Role." + role]];
        return RedirectToPage();
    }
}
