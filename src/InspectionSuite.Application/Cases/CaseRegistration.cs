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

/// <summary>Fixed-date public holidays plus Tết and Giỗ Tổ (lunar) for the years the demo and tests cover; configuration can add more.</summary>
public static class VietnameseHolidays
{
    private static readonly Dictionary<int, DateOnly[]> Lunar = new()
    {
        [2025] = [new(2025, 1, 27), new(2025, 1, 28), new(2025, 1, 29), new(2025, 1, 30), new(2025, 1, 31), new(2025, 4, 7)],
        [2026] = [new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20), new(2026, 4, 27)],
        [2027] = [new(2027, 2, 5), new(2027, 2, 8), new(2027, 2, 9), new(2027, 2, 10), new(2027, 2, 11), new(2027, 4, 16)],
    };

    public static IEnumerable<DateOnly> For(params int[] years)
        => years.SelectMany(y => new[] { new DateOnly(y, 1, 1), new DateOnly(y, 4, 30), new DateOnly(y, 5, 1), new DateOnly(y, 9, 1), new DateOnly(y, 9, 2) }
            .Concat(Lunar.GetValueOrDefault(y) ?? []));
}
