namespace InspectionSuite.Documents;

public static class DocumentRegistration
{
    /// <summary>
    /// The documents engine and its app services. <see cref="DocumentOptions"/> come from the "Documents" configuration
    /// section when the host has one (a host may also register its own instance first).
    /// </summary>
    public static IServiceCollection AddDocumentServices(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => DocumentOptions.FromConfiguration(sp.GetService<IConfiguration>()));
        services.TryAddSingleton(sp => new DocumentTemplateStore(sp.GetRequiredService<DocumentOptions>().TemplateDirectory));
        services.TryAddSingleton<DocumentTemplateRenderer>();
        services.TryAddSingleton<DocxOfficialDocumentWriter>();
        services.TryAddSingleton<XlsxTableWriter>();
        services.TryAddSingleton<XlsxTableReader>();
        services.TryAddSingleton<OfficialDocumentGenerator>();
        services.TryAddSingleton(sp => new LibreOfficePdfConverter(sp.GetRequiredService<DocumentOptions>().SofficePath));
        services.TryAddSingleton(sp => new PeriodicReportDocument(sp.GetRequiredService<DocxOfficialDocumentWriter>(), sp.GetRequiredService<XlsxTableWriter>()));
        services.AddScoped<CaseDocumentDataLoader>();
        services.AddScoped<CaseDocumentAppService>();
        services.AddScoped<ICaseDocumentAppService>(sp => sp.GetRequiredService<CaseDocumentAppService>());
        services.AddScoped<DocumentRegister>();
        services.AddScoped<AnnualPlanDocumentAppService>();
        services.AddScoped<IAnnualPlanDocumentAppService>(sp => sp.GetRequiredService<AnnualPlanDocumentAppService>());
        services.AddScoped<IDocumentRegisterAppService, DocumentRegisterAppService>();
        services.AddScoped<ExportAppService>();
        services.AddScoped<IExportAppService>(sp => sp.GetRequiredService<ExportAppService>());
        services.AddScoped<PeriodicReportAppService>();
        services.AddScoped<IPeriodicReportAppService>(sp => sp.GetRequiredService<PeriodicReportAppService>());
        return services;
    }
}
