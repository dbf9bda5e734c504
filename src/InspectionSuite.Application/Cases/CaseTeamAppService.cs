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
        // The people of the decision: the single fields and the lists together (blank choices ignored).
        var adds = Ids(input.AddUserId, input.AddUserIds);
        var removes = Ids(input.RemoveUserId, input.RemoveUserIds);
        if (adds.Count > 1 || removes.Count > 1)
        {
            if (input.AsLeader) throw new InputValidationException("AsLeader", TeamChangeErrorCodes.LeaderChangeAlone);
            var inspectorIds = (await userManager.GetUsersInRoleAsync(InspectionSuiteRoles.Inspector)).Select(u => u.Id).ToHashSet();
            if (adds.FirstOrDefault(a => !inspectorIds.Contains(a)) is var notInspector && notInspector != Guid.Empty)
                throw new BusinessException(CaseErrorCodes.TeamMemberNotInspector, notInspector);
            var addedPeople = new List<TeamChangePerson>();
            foreach (var a in adds) addedPeople.Add(new TeamChangePerson(a, await NameAsync(a, ct)));
            var removedPeople = new List<TeamChangePerson>();
            foreach (var r0 in removes) removedPeople.Add(new TeamChangePerson(r0, await NameAsync(r0, ct)));
            var by = access.UserId is { } me0 && await NameAsync(me0, ct) is { Length: > 0 } name0 ? name0 : actor.DisplayName;
            @case.ChangeTeamMembers(addedPeople, removedPeople, input.Reason, input.On ?? access.Today, by);
            await uow.SaveChangesAsync(ct);
            return await cases.GetAsync(id, ct);
        }
        TeamChangePerson? added = null, removed = null;
        if (adds.FirstOrDefault() is var addId && addId != Guid.Empty)
        {
            var inspectors = (await userManager.GetUsersInRoleAsync(InspectionSuiteRoles.Inspector)).Select(u => u.Id).ToHashSet();
            if (!inspectors.Contains(addId)) throw new BusinessException(CaseErrorCodes.TeamMemberNotInspector, addId);
            added = new TeamChangePerson(addId, await NameAsync(addId, ct));
        }
        var removeId = removes.Count == 1 ? removes[0] : (Guid?)null;
        // A new Trưởng đoàn replaces the one before: the history names who left.
        if (removeId is null && added is not null && input.AsLeader && @case.TeamLeaderId is { } leaderId && leaderId != added.UserId) removeId = leaderId;
        if (removeId is { } rid) removed = new TeamChangePerson(rid, await NameAsync(rid, ct));
        // The history names the người ra quyết định by full name, as the decision does.
        var decidedBy = access.UserId is { } me && await NameAsync(me, ct) is { Length: > 0 } fullName ? fullName : actor.DisplayName;
        @case.ChangeTeam(added, input.AsLeader, removed, input.Reason, input.On ?? access.Today, decidedBy);
        await uow.SaveChangesAsync(ct);
        return await cases.GetAsync(id, ct);
    }

    /// <summary>The people a decision names in one direction, in the order given; a person given twice stays twice (the domain refuses it by field).</summary>
    private static List<Guid> Ids(Guid? single, IReadOnlyList<Guid>? list)
        => (single is { } one ? [one] : Enumerable.Empty<Guid>()).Concat(list ?? []).Where(g => g != Guid.Empty).ToList();

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
