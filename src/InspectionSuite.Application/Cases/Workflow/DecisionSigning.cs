namespace InspectionSuite.Cases.Workflow;

/// <summary>
/// The người ra quyết định issues and signs the inspection decision (thanh-tra.inspection v4, Decide needs
/// Cases.Decide): its signer is the deciding user's profile, "position - full name" (<see cref="AppUser.Position"/>,
/// <see cref="AppUser.FullName"/>), never free text. The system actor (demo data, timers) keeps the recorded signer.
/// </summary>
public sealed class DecisionSigner(IRepository<AppUser> users)
{
    public sealed record Profile(string UserName, string? Position, string FullName)
    {
        public bool IsComplete => !string.IsNullOrWhiteSpace(Position) && !string.IsNullOrWhiteSpace(FullName);
    }

    /// <summary>The deciding user's profile; null for the system actor or an unknown user.</summary>
    public async Task<Profile?> ProfileAsync(WorkflowActor actor, CancellationToken ct)
    {
        if (actor.IsSystem || !Guid.TryParse(actor.UserId, out var id)) return null;
        return await users.FirstOrDefaultAsync(users.Query().Where(u => u.Id == id).Select(u => new Profile(u.UserName ?? "", u.Position, u.FullName)), ct);
    }
}

/// <summary>Decide (v4) needs a deciding user whose profile names a position and a full name, so the decision can name its signer.</summary>
[WorkflowGuard("DeciderProfileComplete")]
public sealed class DeciderProfileComplete(DecisionSigner signer) : IWorkflowGuard
{
    public async ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct)
    {
        if (context.Actor.IsSystem) return GuardResult.Pass;
        var profile = await signer.ProfileAsync(context.Actor, ct);
        return profile is { IsComplete: true } ? GuardResult.Pass : GuardResult.Fail(CaseErrorCodes.DeciderProfileIncomplete, profile?.UserName ?? context.Actor.DisplayName);
    }
}

/// <summary>Entry action of Decided (v4): the decision's signer becomes the deciding user ("position - full name").</summary>
[WorkflowAction("SignDecision")]
public sealed class SignDecision(CaseWorkflowContext cases, DecisionSigner signer) : IWorkflowAction
{
    public async ValueTask ExecuteAsync(ActionContext context, CancellationToken ct)
    {
        if (await signer.ProfileAsync(context.Actor, ct) is not { IsComplete: true } profile) return; // the system actor keeps the recorded signer
        (await cases.GetCaseAsync(context.CorrelationId, ct)).SignDecision(profile.Position!, profile.FullName);
    }
}
