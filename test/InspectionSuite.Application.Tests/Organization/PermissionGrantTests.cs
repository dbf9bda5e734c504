using InspectionSuite.Identity;
using InspectionSuite.Permissions;
using InspectionSuite.Testing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Organization;

public sealed class PermissionGrantTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private Task<bool> InspectorMayAsync(string permission)
        => fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IPermissionChecker>().IsGrantedAsync(permission));

    [Fact]
    public async Task Should_grant_and_revoke_a_permission_for_a_role()
    {
        var permission = InspectionSuitePermissions.Planning.Draw;
        (await InspectorMayAsync(permission)).ShouldBeFalse();

        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IPermissionAppService>().GrantAsync(InspectionSuiteRoles.Inspector, permission));
        (await InspectorMayAsync(permission)).ShouldBeTrue();

        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IPermissionAppService>().RevokeAsync(InspectionSuiteRoles.Inspector, permission));
        (await InspectorMayAsync(permission)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_read_a_role_sets_grants_once_until_cleared_or_expired()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var cache = new PermissionGrantCache(clock);
        var loads = 0;
        Task<IReadOnlySet<string>> Load(string[] roles) { loads++; return Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(roles)); }

        (await cache.GetAsync(["B", "A"], Load)).ShouldBe(["A", "B"], ignoreOrder: true);
        await cache.GetAsync(["A", "B", "A"], Load); // the same set in another order
        loads.ShouldBe(1);
        await cache.GetAsync(["A"], Load);
        loads.ShouldBe(2);

        cache.Clear();
        await cache.GetAsync(["A", "B"], Load);
        loads.ShouldBe(3);

        clock.Advance(PermissionGrantCache.Lifetime - TimeSpan.FromSeconds(1));
        await cache.GetAsync(["A", "B"], Load);
        loads.ShouldBe(3);
        clock.Advance(TimeSpan.FromSeconds(1));
        await cache.GetAsync(["A", "B"], Load);
        loads.ShouldBe(4);
    }

    [Fact]
    public async Task Should_refuse_unknown_permissions_and_roles()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("admin",
            sp => sp.GetRequiredService<IPermissionAppService>().GrantAsync(InspectionSuiteRoles.Inspector, "InspectionSuite.Nope")));
        error.Code.ShouldBe(InspectionSuiteErrorCodes.PermissionUnknown);
        error = await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("admin",
            sp => sp.GetRequiredService<IPermissionAppService>().GrantAsync("Janitor", InspectionSuitePermissions.Units.Default)));
        error.Code.ShouldBe(InspectionSuiteErrorCodes.RoleUnknown);
    }

    [Fact]
    public async Task Should_let_only_admins_manage_grants()
    {
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("supervisor",
            sp => sp.GetRequiredService<IPermissionAppService>().GrantAsync(InspectionSuiteRoles.Supervisor, InspectionSuitePermissions.Administration.Permissions)));
    }

    [Fact]
    public async Task Should_give_anonymous_callers_no_permission()
    {
        var granted = await fixture.RunAnonymousAsync(sp => sp.GetRequiredService<IPermissionChecker>().GetGrantedAsync());
        granted.ShouldBeEmpty();
    }
}
