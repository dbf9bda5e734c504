namespace InspectionSuite.Workflows.Contracts;

/// <summary>Marks an <see cref="IWorkflowAction"/> with the name workflow definitions use.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class WorkflowActionAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
