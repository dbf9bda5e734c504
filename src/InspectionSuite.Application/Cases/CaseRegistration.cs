using InspectionSuite.Cases.Workflow;

namespace InspectionSuite.Cases;

public static class CaseRegistration
{
    /// <summary>Case app services and their helpers. Needs the workflow runtime (the host calls AddInspectionSuiteWorkflows).</summary>
    public static IServiceCollection AddCaseServices(this IServiceCollection services)
    {
        services.TryAddSingleton<EvidenceOptions>();
        services.TryAddSingleton<CaseListOptions>();
        services.AddSingleton<CaseMapper>();
        services.AddSingleton(sp => new EvidenceStore(sp.GetRequiredService<EvidenceOptions>()));
        services.AddSingleton<EvidenceIntake>();
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseDeadlineCalculator>();
        services.AddScoped<CaseWorkflowContext>();
        services.AddScoped<DecisionSigner>();
        services.AddScoped<CaseStarter>();
        services.AddScoped<Workflow.CaseWorkflowMigrator>();
        services.AddScoped<PlannedTaskSchedule>();
        services.AddScoped<ICaseAppService, CaseAppService>();
        services.AddScoped<ICaseLawAppService, CaseLawAppService>();
        services.AddScoped<ICaseTeamAppService, CaseTeamAppService>();
        services.AddScoped<Planning.IPlannedCaseFactory, PlannedCaseFactory>();
        services.AddScoped<IChecklistAppService, ChecklistAppService>();
        services.AddScoped<IEvidenceAppService, EvidenceAppService>();
        services.AddScoped<IFindingAppService, FindingAppService>();
        services.AddScoped<ISanctionAppService, SanctionAppService>();
        services.AddScoped<CaseFollowUpLoader>();
        services.AddScoped<FollowUpAppService>();
        services.AddScoped<IFollowUpAppService>(sp => sp.GetRequiredService<FollowUpAppService>());
        services.AddScoped<CaseWorkspaceReader>();
        services.AddScoped<ReCheckAppService>();
        services.AddScoped<IReCheckAppService>(sp => sp.GetRequiredService<ReCheckAppService>());
        services.AddScoped<DocumentRequestAppService>();
        services.AddScoped<IDocumentRequestAppService>(sp => sp.GetRequiredService<DocumentRequestAppService>());
        services.AddScoped<IPublicationPortalAppService, PublicationPortalAppService>();
        services.AddScoped<ICheckAppService, CheckAppService>();
        services.AddScoped<Seeding.DemoCaseSeeder>();
        return services;
    }

    /// <summary>Registers the case guards/actions with the runtime and the Vietnamese public holidays of the working-day calendar.</summary>
    public static WorkflowRuntimeOptions UseCaseComponents(this WorkflowRuntimeOptions options)
    {
        options.AddComponentsFrom(typeof(CaseRegistration).Assembly);
        options.ReassignPermission = Permissions.InspectionSuitePermissions.Tasks.Reassign;
        foreach (var holiday in VietnameseHolidays.For(2025, 2026, 2027).Where(h => !options.Holidays.Contains(h))) options.Holidays.Add(holiday);
        return options;
    }
}
