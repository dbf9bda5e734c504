namespace InspectionSuite.Seeding;

/// <summary>
/// Idempotent seeding: authorities, roles, default permission grants (only for roles that have none, so an
/// admin's revocations survive restarts), the demo unit register (only into an empty register) and, in
/// Development only, one demo user per role.
/// </summary>
public sealed class DataSeeder(
    IRepository<Authority> authorities,
    IRepository<Unit> units,
    IRepository<PermissionGrant> grants,
    RoleManager<AppRole> roles,
    UserManager<AppUser> users,
    IRepository<AppUser> appUsers,
    IUnitOfWork uow,
    PermissionGrantCache grantCache,
    ILogger<DataSeeder> logger)
{
    public const string DemoPassword = "Demo@2026!";

    public static readonly IReadOnlyList<DemoLogin> DemoLogins =
    [
        new("admin", DemoPassword, InspectionSuiteRoles.Admin, "Quản trị hệ thống"),
        new("supervisor", DemoPassword, InspectionSuiteRoles.Supervisor, "Nguyễn Văn Giám Sát"),
        new("inspector", DemoPassword, InspectionSuiteRoles.Inspector, "Trần Thị Thanh Tra"),
        new("inspector2", DemoPassword, InspectionSuiteRoles.Inspector, "Lê Văn Kiểm"),
        // The người ra quyết định: issues and signs inspection decisions as "Chánh Thanh tra - Phạm Minh Lãnh Đạo" (v4).
        new("leader", DemoPassword, InspectionSuiteRoles.Leadership, "Phạm Minh Lãnh Đạo", "Chánh Thanh tra"),
        // The appraiser (thẩm định) of drafts, outside every demo team (issue 14): a Supervisor, the role of the
        // definition's AppraiseDraft task, so the team, the appraiser and the leader are three different people.
        new("appraiser", DemoPassword, InspectionSuiteRoles.Supervisor, "Đỗ Thị Thẩm Định"),
        new("unitrep", DemoPassword, InspectionSuiteRoles.UnitRepresentative, "Võ Thị Đại Diện (Phường Cẩm Thành)"),
    ];

    /// <summary>The unit the demo unit representative speaks for.</summary>
    public const string DemoRepresentativeUnitCode = "P01";

    public async Task SeedAsync(bool includeDemoUsers, CancellationToken ct = default)
    {
        await SeedAuthoritiesAsync(ct);
        await SeedRolesAndGrantsAsync(ct);
        await SeedDemoUnitsAsync(ct);
        await uow.SaveChangesAsync(ct);
        grantCache.Clear(); // roles that had no grants have them now
        if (includeDemoUsers) await SeedDemoUsersAsync(ct);
    }

    private async Task SeedAuthoritiesAsync(CancellationToken ct)
    {
        var existing = await authorities.ToListAsync(authorities.Query().Select(a => a.Code), ct);
        if (!existing.Contains(AuthorityCode.ThanhTra))
            await authorities.InsertAsync(new Authority(Guid.NewGuid(), AuthorityCode.ThanhTra, "Thanh tra tỉnh", "Provincial Inspectorate"), ct);
        if (!existing.Contains(AuthorityCode.NoiVu))
            await authorities.InsertAsync(new Authority(Guid.NewGuid(), AuthorityCode.NoiVu, "Sở Nội vụ", "Department of Home Affairs"), ct);
    }

    private async Task SeedRolesAndGrantsAsync(CancellationToken ct)
    {
        foreach (var role in InspectionSuiteRoles.All)
        {
            if (await roles.FindByNameAsync(role) is null)
                Ensure(await roles.CreateAsync(new AppRole(role)), $"role {role}");
        }
        var rolesWithGrants = (await grants.ToListAsync(grants.Query().Select(g => g.RoleName).Distinct(), ct)).ToHashSet();
        foreach (var (role, names) in InspectionSuitePermissions.DefaultGrants.Where(g => !rolesWithGrants.Contains(g.Key)))
            await grants.InsertManyAsync(names.Select(n => new PermissionGrant(Guid.NewGuid(), role, n)), ct);
    }

    private async Task SeedDemoUnitsAsync(CancellationToken ct)
    {
        if (await units.AnyAsync(units.QueryIncludingDeleted(), ct)) return;
        var parsed = UnitCsvParser.Parse(ReadDemoUnitsCsv());
        if (!parsed.IsValid) throw new InvalidOperationException("demo-units.csv is invalid: " + string.Join("; ", parsed.Errors.Select(e => e.Format("demo-units.csv"))));
        await units.InsertManyAsync(parsed.Rows.Select(r => new Unit(Guid.NewGuid(), r.Code, r.Name, r.Kind, r.ValidFrom, r.ValidTo, isDemo: true)), ct);
        logger.LogInformation("Seeded {Count} demo units (Quảng Ngãi register)", parsed.Rows.Count);
    }

    public static string ReadDemoUnitsCsv()
    {
        var asm = typeof(DataSeeder).Assembly;
        using var stream = asm.GetManifestResourceStream(asm.GetManifestResourceNames().Single(n => n.EndsWith("demo-units.csv", StringComparison.Ordinal)))!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private async Task SeedDemoUsersAsync(CancellationToken ct)
    {
        var repUnit = await units.FirstOrDefaultAsync(units.Query().Where(u => u.Code == DemoRepresentativeUnitCode), ct);
        foreach (var login in DemoLogins)
        {
            if (await users.FindByNameAsync(login.UserName) is { } existing)
            {
                // Locked by a start without demo data (or for good by an admin): demo data is on again.
                if (existing.IsDemo && existing.LockoutEnd == DateTimeOffset.MaxValue)
                    Ensure(await users.SetLockoutEndDateAsync(existing, null), $"unlocking {login.UserName}");
                continue;
            }
            var user = new AppUser
            {
                Id = Guid.NewGuid(),
                UserName = login.UserName,
                Email = $"{login.UserName}@demo.inspectionsuite.local",
                EmailConfirmed = true,
                FullName = login.FullName,
                Position = login.Position,
                IsDemo = true,
                UnitId = login.Role == InspectionSuiteRoles.UnitRepresentative ? repUnit?.Id : null,
            };
            Ensure(await users.CreateAsync(user, login.Password), $"user {login.UserName}");
            Ensure(await users.AddToRoleAsync(user, login.Role), $"role of {login.UserName}");
        }
    }

    /// <summary>
    /// Locks every demo user for good and ends its sessions (new security stamp), so a database first started in
    /// Development does not keep an admin with the README's password once it runs without demo data.
    /// </summary>
    public async Task LockDemoUsersAsync(CancellationToken ct = default)
    {
        var demo = (await appUsers.ToListAsync(appUsers.Query().Where(u => u.IsDemo), ct))
            .Where(u => !u.LockoutEnabled || u.LockoutEnd != DateTimeOffset.MaxValue).ToList();
        foreach (var user in demo)
        {
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            Ensure(await users.UpdateSecurityStampAsync(user), $"locking {user.UserName}"); // saves the lock too
        }
        if (demo.Count > 0) logger.LogWarning("Demo data is off: locked {Count} demo users ({Users})", demo.Count, string.Join(", ", demo.Select(u => u.UserName)));
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded) throw new InvalidOperationException($"Seeding {what} failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
