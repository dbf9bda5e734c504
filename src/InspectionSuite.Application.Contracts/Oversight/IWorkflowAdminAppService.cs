namespace InspectionSuite.Oversight;

public interface IWorkflowAdminAppService
{
    /// <summary>Needs Workflows.Default.</summary>
    Task<IReadOnlyList<WorkflowDefinitionListItemDto>> GetListAsync(CancellationToken ct = default);
    /// <summary>The version's Mermaid diagram and its validation result (drafts are validated now). Needs Workflows.Default.</summary>
    Task<WorkflowDefinitionDetailDto> GetAsync(string definitionId, int version, CancellationToken ct = default);
    /// <summary>Needs Workflows.Publish; an invalid draft is refused with its errors.</summary>
    Task<WorkflowDefinitionListItemDto> PublishAsync(string definitionId, int version, CancellationToken ct = default);
}
