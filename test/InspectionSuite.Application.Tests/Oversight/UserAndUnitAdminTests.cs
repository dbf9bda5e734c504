using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Auditing;
using InspectionSuite.Identity;
using InspectionSuite.Organization;
using InspectionSuite.Oversight;
using InspectionSuite.Workflows.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Oversight;

public sealed class UserAndUnitAdminTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static IUserAdminAppService Users(IServiceProvider sp) => sp.GetRequiredService<IUserAdminAppService>();
    private static IUnitAppService Units(IServiceProvider sp) => sp.GetRequiredService<IUnitAppService>();

    [Fact]
    public async Task Should_create_lock_unlock_and_change_the_role_of_a_user()
    {
        var created = await fixture.RunAsAsync("admin", sp => Users(sp).CreateAsync(new CreateUserDto("new.inspector", "Đặng Văn Mới", null, "Str0ng!Pass", InspectionSuiteRoles.Inspector, null)));
        created.Role.ShouldBe(InspectionSuiteRoles.Inspector);
        created.IsLocked.ShouldBeFalse();

        var list = await fixture.RunAsAsync("admin", sp => Users(sp).GetListAsync(new GetUserListInput { Role = InspectionSuiteRoles.Inspector }));
        list.Items.Select(u => u.UserName).ShouldBe(["inspector", "inspector2", "new.inspector"], ignoreOrder: true);
        list.TotalCount.ShouldBe(3);

        (await fixture.RunAsAsync("admin", sp => Users(sp).SetLockedAsync(created.Id, true))).IsLocked.ShouldBeTrue();
        (await fixture.RunAsAsync("admin", async sp => await sp.GetRequiredService<UserManager<AppUser>>().IsLockedOutAsync((await sp.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(created.Id.ToString()))!))).ShouldBeTrue();
        (await fixture.RunAsAsync("admin", sp => Users(sp).SetLockedAsync(created.Id, false))).IsLocked.ShouldBeFalse();

        var p01 = await fixture.UnitIdAsync("P01");
        var rep = await fixture.RunAsAsync("admin", sp => Users(sp).ChangeRoleAsync(created.Id, new ChangeUserRoleDto(InspectionSuiteRoles.UnitRepresentative, p01)));
        rep.Role.ShouldBe(InspectionSuiteRoles.UnitRepresentative);
        rep.UnitId.ShouldBe(p01);
        var back = await fixture.RunAsAsync("admin", sp => Users(sp).ChangeRoleAsync(created.Id, new ChangeUserRoleDto(InspectionSuiteRoles.Supervisor, null)));
        back.Role.ShouldBe(InspectionSuiteRoles.Supervisor);
        back.UnitId.ShouldBeNull();
    }

    [Fact]
    public async Task Should_record_a_role_change_as_old_and_new_roles_in_the_audit()
    {
        var created = await fixture.RunAsAsync("admin", sp => Users(sp).CreateAsync(new CreateUserDto("audit.roles", "Lê Thị Vai", null, "Str0ng!Pass", InspectionSuiteRoles.Inspector, null)));
        await fixture.RunAsAsync("admin", sp => Users(sp).ChangeRoleAsync(created.Id, new ChangeUserRoleDto(InspectionSuiteRoles.Leadership, null)));

        var records = await fixture.RunAsAsync("admin", sp =>
        {
            var log = sp.GetRequiredService<IRepository<AuditLogRecord>>();
            return log.ToListAsync(log.Query().Where(r => r.Kind == AuditRecordKind.EntityChange && r.Target == created.Id.ToString()).OrderBy(r => r.Sequence));
        });
        records.Where(r => r.Action == "AppUser.RolesChanged").Select(r => r.Summary).ShouldBe(["Roles: ∅ → Inspector", "Roles: Inspector → Leadership"]);
        records.ShouldAllBe(r => !r.Summary!.Contains("ConcurrencyStamp"));
        records.Last(r => r.Action == "AppUser.Updated").Summary.ShouldBe("SecurityStamp: (changed)");
        // Choosing the role the user already has changes no membership.
        await fixture.RunAsAsync("admin", sp => Users(sp).ChangeRoleAsync(created.Id, new ChangeUserRoleDto(InspectionSuiteRoles.Leadership, null)));
        (await fixture.RunAsAsync("admin", sp => Users(sp).GetListAsync(new GetUserListInput { Filter = "audit.roles" }))).Items.ShouldHaveSingleItem().Role.ShouldBe(InspectionSuiteRoles.Leadership);
    }

    [Fact]
    public async Task Should_refuse_bad_user_input_and_callers_without_the_permission()
    {
        (await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("admin", sp => Users(sp).CreateAsync(new CreateUserDto("rep2", "Đại diện", null, "Str0ng!Pass", InspectionSuiteRoles.UnitRepresentative, null)))))
            .Code.ShouldBe(OversightErrorCodes.UnitRequiredForRepresentative);
        (await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("admin", sp => Users(sp).CreateAsync(new CreateUserDto("x1", "X", null, "Str0ng!Pass", "Boss", null)))))
            .Code.ShouldBe(OversightErrorCodes.RoleUnknown);
        (await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("admin", sp => Users(sp).CreateAsync(new CreateUserDto("weak", "Yếu", null, "weak", InspectionSuiteRoles.Inspector, null)))))
            .Code.ShouldBe(OversightErrorCodes.IdentityRefused);
        (await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("admin", sp => Users(sp).CreateAsync(new CreateUserDto("inspector", "Trùng", null, "Str0ng!Pass", InspectionSuiteRoles.Inspector, null)))))
            .Code.ShouldBe(OversightErrorCodes.IdentityRefused);
        var adminId = await fixture.UserIdAsync("admin");
        (await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("admin", sp => Users(sp).SetLockedAsync(adminId, true)))).Code.ShouldBe(OversightErrorCodes.CannotLockSelf);

        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("supervisor", sp => Users(sp).GetListAsync(new GetUserListInput())));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("leader", sp => Users(sp).SetLockedAsync(adminId, true)));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("supervisor", sp => Users(sp).ChangeRoleAsync(adminId, new ChangeUserRoleDto(InspectionSuiteRoles.Inspector, null))));
    }

    [Fact]
    public async Task Should_record_a_merge_and_a_split_ending_the_predecessors_validity()
    {
        var (a, b, c) = (await fixture.UnitIdAsync("X001"), await fixture.UnitIdAsync("X002"), await fixture.UnitIdAsync("X003"));
        var effective = new DateOnly(2026, 7, 1);
        var merged = await fixture.RunAsAsync("admin", sp => Units(sp).MergeAsync(new MergeUnitsDto([a, b], c, effective)));
        merged.PredecessorCodes.ShouldBe(["X001", "X002"], ignoreOrder: true);
        (await fixture.RunAsAsync("admin", sp => Units(sp).GetAsync(a))).ValidTo.ShouldBe(new DateOnly(2026, 6, 30));
        // Recording the same merge again changes nothing.
        (await fixture.RunAsAsync("admin", sp => Units(sp).MergeAsync(new MergeUnitsDto([a], c, effective)))).PredecessorCodes.Count.ShouldBe(2);

        var (d, e, f) = (await fixture.UnitIdAsync("X004"), await fixture.UnitIdAsync("X005"), await fixture.UnitIdAsync("X006"));
        var split = await fixture.RunAsAsync("admin", sp => Units(sp).SplitAsync(new SplitUnitDto(d, [e, f], effective)));
        split.Count.ShouldBe(2);
        split.ShouldAllBe(u => u.PredecessorCodes.Contains("X004"));
        (await fixture.RunAsAsync("admin", sp => Units(sp).GetAsync(d))).ValidTo.ShouldBe(new DateOnly(2026, 6, 30));

        (await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("admin", sp => Units(sp).SplitAsync(new SplitUnitDto(d, [e], effective)))))
            .Code.ShouldBe(OversightErrorCodes.SuccessionUnitsInvalid);
        (await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("admin", sp => Units(sp).MergeAsync(new MergeUnitsDto([c], c, effective)))))
            .Code.ShouldBe(OversightErrorCodes.SuccessionUnitsInvalid);
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.RunAsAsync("admin", sp => Units(sp).MergeAsync(new MergeUnitsDto([Guid.NewGuid()], c, effective))));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("supervisor", sp => Units(sp).MergeAsync(new MergeUnitsDto([a], b, effective))));
    }

    [Fact]
    public async Task Should_list_validate_draw_and_publish_workflow_definitions()
    {
        var list = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IWorkflowAdminAppService>().GetListAsync());
        list.ShouldContain(d => d.DefinitionId == "thanh-tra.inspection" && d.IsPublished);

        var detail = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IWorkflowAdminAppService>().GetAsync("thanh-tra.inspection", 1));
        detail.IsValid.ShouldBeTrue();
        detail.Diagram!.ShouldStartWith("stateDiagram-v2");

        var json = (await File.ReadAllTextAsync(Path.Combine(Testing.TestPaths.Workflows, "thanh-tra.inspection.json"))).Replace("\"version\": 1,", "\"version\": 42,");
        await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<WorkflowDefinitionService>().SaveDraftAsync(json));
        var draft = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowAdminAppService>().GetAsync("thanh-tra.inspection", 42));
        draft.Definition.IsPublished.ShouldBeFalse();
        draft.IsValid.ShouldBeTrue();

        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IWorkflowAdminAppService>().PublishAsync("thanh-tra.inspection", 42)));
        await Should.ThrowAsync<ForbiddenException>(() => fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<IWorkflowAdminAppService>().GetListAsync()));
        var published = await fixture.RunAsAsync("admin", sp => sp.GetRequiredService<IWorkflowAdminAppService>().PublishAsync("thanh-tra.inspection", 42));
        published.IsPublished.ShouldBeTrue();
        published.PublishedAtUtc.ShouldNotBeNull();
    }
}
