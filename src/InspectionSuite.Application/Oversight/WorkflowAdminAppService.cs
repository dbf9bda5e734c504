using InspectionSuite.Workflows.Definitions;
using InspectionSuite.Workflows.Diagrams;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Workflows;

namespace InspectionSuite.Oversight;

/// <summary>Definition versions for the admin screen: the list never loads the JSON; one version is validated and drawn on demand.</summary>
public sealed class WorkflowAdminAppService(
    IPermissionChecker permissions,
    WorkflowDefinitionService definitions,
    WorkflowComponentRegistry components,
    IRepository<WorkflowDefinitionRecord> records,
    IRepository<WorkflowInstance> instances) : IWorkflowAdminAppService
{
    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public async Task<IReadOnlyList<WorkflowDefinitionListItemDto>> GetListAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Default, ct);
        var list = await definitions.ListAsync(ct);
        var running = await CountRunningAsync(null, ct);
        return list.Select(d => ToDto(d.DefinitionId, d.Version, d.Status, d.NameVi, d.NameEn, d.CreatedAtUtc, d.PublishedAtUtc, running)).ToList();
    }

    public async Task<WorkflowDefinitionDetailDto> GetAsync(string definitionId, int version, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Default, ct);
        var record = await records.FirstOrDefaultAsync(records.Query().Where(r => r.DefinitionId == definitionId && r.Version == version), ct)
                     ?? throw new EntityNotFoundException("WorkflowDefinition", $"{definitionId} v{version}");
        var result = new WorkflowDefinitionValidator(components).Validate($"{definitionId}.v{version}", record.Json);
        var diagram = result.IsValid ? MermaidDiagram.Render(result.Definition!, null, English ? "en" : "vi") : null;
        var running = await CountRunningAsync(definitionId, ct);
        return new WorkflowDefinitionDetailDto(
            ToDto(record.DefinitionId, record.Version, record.Status, record.NameVi, record.NameEn, record.CreatedAtUtc, record.PublishedAtUtc, running),
            diagram, result.IsValid, result.Errors.Select(e => new WorkflowValidationErrorDto(e.Path, e.Reason)).ToList());
    }

    public async Task<WorkflowDefinitionListItemDto> PublishAsync(string definitionId, int version, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Publish, ct);
        var d = await definitions.PublishAsync(definitionId, version, ct);
        return ToDto(d.DefinitionId, d.Version, d.Status, d.NameVi, d.NameEn, d.CreatedAtUtc, d.PublishedAtUtc, await CountRunningAsync(definitionId, ct));
    }

    private async Task<Dictionary<(string, int), int>> CountRunningAsync(string? definitionId, CancellationToken ct)
    {
        var query = instances.Query().Where(i => i.Status == WorkflowInstanceStatus.Running);
        if (definitionId is not null) query = query.Where(i => i.DefinitionId == definitionId);
        return (await instances.ToListAsync(query.GroupBy(i => new { i.DefinitionId, i.DefinitionVersion })
                .Select(g => new { g.Key.DefinitionId, g.Key.DefinitionVersion, Count = g.Count() }), ct))
            .ToDictionary(x => (x.DefinitionId, x.DefinitionVersion), x => x.Count);
    }

    private static WorkflowDefinitionListItemDto ToDto(string id, int version, DefinitionStatus status, string nameVi, string nameEn, DateTime created, DateTime? published,
        Dictionary<(string, int), int> running)
        => new(id, version, status == DefinitionStatus.Published, English && !string.IsNullOrEmpty(nameEn) ? nameEn : nameVi, created, published,
            running.GetValueOrDefault((id, version)));
}
