using InspectionSuite.Identity;
using InspectionSuite.Permissions;
using Microsoft.AspNetCore.Identity;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Cases;

/// <inheritdoc cref="ICaseTeamAppService"/>
public sealed class CaseTeamAppService(CaseAccess access, IUnitOfWork uow, ICaseAppService cases, UserManager<AppUser> userManager,
    IRepository<AppUser> users, IPermissionChecker permissions) : ICaseTeamAppService
{
    public async Task<CaseDto> ChangeTeamAsync(Guid id, ChangeTeamDto input, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(input.ConcurrencyStamp)) throw new InputValidationException("ConcurrencyStamp", "Validation.Required");
        var @case = await access.GetForUpdateAsync(id, P.Decide, input.ConcurrencyStamp, ct);
        var actor = await access.ActorAsync(ct);
        TeamChangePerson? added = null, removed = null;
        if (input.AddUserId is { } addId && addId != Guid.Empty)
        {
            var inspectors = (await userManager.GetUsersInRoleAsync(InspectionSuiteRoles.Inspector)).Select(u => u.Id).ToHashSet();
            if (!inspectors.Contains(addId)) throw new BusinessException(CaseErrorCodes.TeamMemberNotInspector, addId);
            added = new TeamChangePerson(addId, await NameAsync(addId, ct));
        }
        var removeId = input.RemoveUserId is { } r && r != Guid.Empty ? r : (Guid?)null;
        // A new Trưởng đoàn replaces the one before: the history names who left.
        if (removeId is null && added is not null && input.AsLeader && @case.TeamLeaderId is { } leaderId && leaderId != added.UserId) removeId = leaderId;
        if (removeId is { } rid) removed = new TeamChangePerson(rid, await NameAsync(rid, ct));
        // The history names the người ra quyết định by full name, as the decision does.
        var decidedBy = access.UserId is { } me && await NameAsync(me, ct) is { Length: > 0 } fullName ? fullName : actor.DisplayName;
        @case.ChangeTeam(added, input.AsLeader, removed, input.Reason, input.On ?? access.Today, decidedBy);
        await uow.SaveChangesAsync(ct);
        return await cases.GetAsync(id, ct);
    }

    public async Task<IReadOnlyList<TeamChangeCandidateDto>> GetCandidatesAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Decide, ct);
        return (await userManager.GetUsersInRoleAsync(InspectionSuiteRoles.Inspector))
            .OrderBy(u => u.FullName, StringComparer.CurrentCulture).ThenBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => new TeamChangeCandidateDto(u.Id, u.UserName ?? "", u.FullName)).ToList();
    }

    private async Task<string> NameAsync(Guid userId, CancellationToken ct)
        => await users.FirstOrDefaultAsync(users.Query().Where(u => u.Id == userId)
            .Select(u => string.IsNullOrWhiteSpace(u.FullName) ? u.UserName ?? "" : u.FullName), ct) ?? "";
}
