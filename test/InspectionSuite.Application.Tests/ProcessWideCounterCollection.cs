using Xunit;

namespace InspectionSuite.Application.Tests;

/// <summary>Classes that read a process-wide counter (<see cref="CommittedChanges"/>) run after the others, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCounterCollection
{
    public const string Name = "Process-wide counter";
}
