namespace InspectionSuite.Workflows.Persistence;

/// <summary>One version of a workflow definition, its JSON kept verbatim.</summary>
public class WorkflowDefinitionRecord
{
    public Guid Id { get; set; }
    public string DefinitionId { get; set; } = "";
    public int Version { get; set; }
    public DefinitionStatus Status { get; set; }
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    /// <summary>Full JSON text; large, never needed by list queries.</summary>
    public string Json { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
}
