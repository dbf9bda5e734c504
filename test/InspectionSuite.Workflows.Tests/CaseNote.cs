namespace InspectionSuite.Workflows.Tests;

/// <summary>A domain row the caller (or an action) writes in the same DbContext as a workflow step.</summary>
public sealed class CaseNote
{
    public Guid Id { get; set; }
    public string CaseId { get; set; } = "";
    public string Text { get; set; } = "";
}
