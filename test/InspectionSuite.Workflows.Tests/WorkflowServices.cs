using InspectionSuite.Workflows.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.Workflows.Tests;

/// <summary>The runtime's services of one scope, as the application gets them from DI.</summary>
public sealed record WorkflowServices(IWorkflowRuntime Runtime, IHumanTaskService Tasks, IWorkflowInbox Inbox, IWorkflowAlterationService Alterations, IWorkflowInstanceQueries Queries)
{
    public static WorkflowServices From(IServiceProvider sp) => new(
        sp.GetRequiredService<IWorkflowRuntime>(), sp.GetRequiredService<IHumanTaskService>(), sp.GetRequiredService<IWorkflowInbox>(),
        sp.GetRequiredService<IWorkflowAlterationService>(), sp.GetRequiredService<IWorkflowInstanceQueries>());
}
