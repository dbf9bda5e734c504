using Xunit;

namespace InspectionSuite.EntityFrameworkCore.Tests.Saving;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCounterCollection
{
    public const string Name = "Process-wide counter";
}
