namespace InspectionSuite.Workflows.Persistence;

/// <summary>Variables of an instance in their own table so that instance lists never load them.</summary>
public class WorkflowInstanceData
{
    public Guid InstanceId { get; set; }
    public string VariablesJson { get; set; } = "{}";
}
