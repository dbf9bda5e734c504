using InspectionSuite.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace InspectionSuite.EntityFrameworkCore;

public static class WorkflowRegistration
{
    /// <summary>
    /// The workflow runtime over the application's DbContext (instances, tasks, timers and journal commit with the
    /// case changes). The caller names the component assemblies and the definitions directory; with the timer host on,
    /// the definitions are imported at start and an invalid one stops the start with its errors.
    /// </summary>
    public static IServiceCollection AddInspectionSuiteWorkflows(this IServiceCollection services, Action<WorkflowRuntimeOptions> configure)
        => services.AddWorkflowRuntime<InspectionSuiteDbContext>(configure);
}
