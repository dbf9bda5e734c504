namespace InspectionSuite.Workflows.Contracts;

/// <summary>Marks an <see cref="IWorkflowGuard"/> with the name workflow definitions use.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class WorkflowGuardAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
