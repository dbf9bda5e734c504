namespace InspectionSuite.Cli;

/// <summary>One CLI command, e.g. Name "audit verify".</summary>
public interface ICliCommand
{
    string Name { get; }
    string Usage { get; }
    Task<int> RunAsync(string[] args, CancellationToken ct);
}
