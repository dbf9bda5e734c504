using InspectionSuite.Permissions;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Contracts.Tests;

public sealed class PermissionDefinitionTests
{
    [Fact]
    public void Should_define_each_permission_once_under_the_group_prefix()
    {
        InspectionSuitePermissions.All.ShouldNotBeEmpty();
        InspectionSuitePermissions.All.ShouldBeUnique();
        InspectionSuitePermissions.All.ShouldAllBe(p => p.StartsWith(InspectionSuitePermissions.GroupName + ".") && p.Length <= PermissionGrant.MaxNameLength);
    }

    [Fact]
    public void Should_seed_only_defined_permissions_for_known_roles()
    {
        InspectionSuitePermissions.DefaultGrants.Keys.Order().ShouldBe(InspectionSuiteRoles.All.Order());
        foreach (var (role, names) in InspectionSuitePermissions.DefaultGrants)
            names.ShouldAllBe(n => InspectionSuitePermissions.IsDefined(n), $"role {role}");
    }

    [Fact]
    public void Should_keep_administration_to_admins()
    {
        foreach (var (role, names) in InspectionSuitePermissions.DefaultGrants.Where(g => g.Key != InspectionSuiteRoles.Admin))
        {
            names.ShouldNotContain(InspectionSuitePermissions.Administration.Permissions, $"role {role}");
            names.ShouldNotContain(InspectionSuitePermissions.Administration.AuditLog, $"role {role}");
        }
        InspectionSuitePermissions.DefaultGrants[InspectionSuiteRoles.UnitRepresentative].ShouldNotContain(InspectionSuitePermissions.Cases.ViewAll);
    }
}
