namespace InspectionSuite.Web.Pages.Admin;

[Authorize(InspectionSuitePermissions.Administration.Users)]
public sealed class UsersModel(IUserAdminAppService usersService, IUnitAppService units, IPermissionChecker permissions, InspectionSuiteLocalizer l) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public sealed class NewUserInput
    {
        // Nullable: the handler reports missing fields with localized messages (no implicit [Required] in English).
        public string? UserName { get; set; }
        public string? FullName { get; set; }
        public string? Position { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public string? Role { get; set; } = InspectionSuiteRoles.Inspector;
        public Guid? UnitId { get; set; }
    }

    [BindProperty] public NewUserInput Input { get; set; } = new();

    public PagedResultDto<UserListItemDto> Result { get; private set; } = new([], 0);
    public Pager Pager { get; private set; } = null!;
    public IReadOnlyList<UnitDto> Units { get; private set; } = [];
    public bool CanChangeRole { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Input.UserName)) ModelState.AddModelError("Input.UserName", l["Validation.Required"]);
        if (string.IsNullOrWhiteSpace(Input.FullName)) ModelState.AddModelError("Input.FullName", l["Validation.Required"]);
        if (string.IsNullOrWhiteSpace(Input.Password)) ModelState.AddModelError("Input.Password", l["Validation.Required"]);
        if (Input.Role == InspectionSuiteRoles.UnitRepresentative && Input.UnitId is null) ModelState.AddModelError("Input.UnitId", l[OversightErrorCodes.UnitRequiredForRepresentative]);
        if (ModelState.ErrorCount == 0)
        {
            try
            {
                var created = await usersService.CreateAsync(new CreateUserDto(Input.UserName!, Input.FullName!, Input.Email, Input.Password!, Input.Role ?? "",
                    Input.Role == InspectionSuiteRoles.UnitRepresentative ? Input.UnitId : null, Input.Position), ct);
                TempData["Success"] = l["Ov.Users.Created", created.UserName];
                return RedirectToPage(new { q = created.UserName });
            }
            catch (BusinessException ex) when (ex.Code == OversightErrorCodes.IdentityRefused)
            {
                ModelState.AddModelError("Input.Password", l.Error(ex));
            }
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostLockAsync(Guid id, bool locked, CancellationToken ct)
    {
        var user = await usersService.SetLockedAsync(id, locked, ct);
        TempData["Success"] = l[locked ? "Ov.Users.Locked" : "Ov.Users.Unlocked", user.UserName];
        return RedirectToPage(new { q = Q, role = Role, p = PageNumber });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(Guid id, string? temporaryPassword, CancellationToken ct)
    {
        try
        {
            var user = await usersService.ResetPasswordAsync(id, new ResetUserPasswordDto(temporaryPassword ?? ""), ct);
            TempData["Success"] = l["Account.ResetDone", user.UserName];
        }
        catch (InputValidationException)
        {
            TempData["Error"] = l["Account.TemporaryPasswordRequired"];
        }
        catch (BusinessException ex) when (ex.Code == OversightErrorCodes.IdentityRefused)
        {
            TempData["Error"] = l.Error(ex);
        }
        return RedirectToPage(new { q = Q, role = Role, p = PageNumber });
    }

    public async Task<IActionResult> OnPostEmailAsync(Guid id, string? email, CancellationToken ct)
    {
        try
        {
            var user = await usersService.SetEmailAsync(id, new SetUserEmailDto(email), ct);
            TempData["Success"] = l[user.Email is null ? "Notifications.EmailRemoved" : "Notifications.EmailSet", user.UserName, user.Email ?? ""];
        }
        catch (InputValidationException)
        {
            TempData["Error"] = l["Notifications.EmailInvalid"];
        }
        return RedirectToPage(new { q = Q, role = Role, p = PageNumber });
    }

    [RequirePermission(InspectionSuitePermissions.Administration.Roles)]
    public async Task<IActionResult> OnPostRoleAsync(Guid id, string newRole, Guid? unitId, CancellationToken ct)
    {
        var user = await usersService.ChangeRoleAsync(id, new ChangeUserRoleDto(newRole, newRole == InspectionSuiteRoles.UnitRepresentative ? unitId : null), ct);
        TempData["Success"] = l["Ov.Users.RoleChanged", user.UserName, l["Role." + newRole]];
        return RedirectToPage(new { q = Q, role = Role, p = PageNumber });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanChangeRole = await permissions.IsGrantedAsync(InspectionSuitePermissions.Administration.Roles, ct);
        var page = Math.Max(1, PageNumber);
        Result = await usersService.GetListAsync(new GetUserListInput { Filter = Q, Role = string.IsNullOrWhiteSpace(Role) ? null : Role, SkipCount = (page - 1) * PageSize, MaxResultCount = PageSize }, ct);
        Pager = new Pager(Request, page, PageSize, Result.TotalCount);
        Units = (await units.GetListAsync(new GetUnitListInput { MaxResultCount = PagedAndSortedInput.MaxPageSize, Sorting = "code" }, ct)).Items;
    }
}
