namespace InspectionSuite.Workflows.Contracts;

/// <summary>A named condition a transition needs (e.g. "ResultsReportAttached"). Registered with <see cref="WorkflowGuardAttribute"/>.</summary>
public interface IWorkflowGuard
{
    ValueTask<GuardResult> CheckAsync(GuardContext context, CancellationToken ct);
}

/// <summary>Outcome of a guard: pass, or fail with a localizable error code.</summary>
public readonly record struct GuardResult(bool Passed, string? Code, object?[]? Args = null)
{
    public static GuardResult Pass => new(true, null);
    public static GuardResult Fail(string code, params object?[] args) => new(false, code, args);
}

/// <summary>What a guard may look at: the instance, the transition asked for, the actor and the payload.</summary>
public sealed record GuardContext(
    Guid InstanceId,
    string CorrelationId,
    string DefinitionId,
    int DefinitionVersion,
    string Transition,
    string Trigger,
    string From,
    string To,
    WorkflowActor Actor,
    JsonNode? Payload,
    JsonObject Variables,
    GuardParameters? Parameters = null);

/// <summary>
/// The parameters a definition gives a guard (<c>{"name":"PublicationAtLeast","limit":"PublicationMinimum"}</c>): days and
/// kind of a time limit, a count, and the article they come from. <see cref="None"/> for a guard written as a plain name.
/// </summary>
public sealed record GuardParameters(int? Days, string? Kind, int? Times, string? Article, string? Limit)
{
    public static GuardParameters None { get; } = new(null, null, null, null, null);
    public bool IsWorking => Kind == "working";

    public static GuardParameters From(Definitions.GuardModel g) => new(g.Days, g.Kind, g.Times, g.Article, g.Limit);
}

/// <summary>Marks an <see cref="IWorkflowGuard"/> with the name workflow definitions use.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class WorkflowGuardAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
