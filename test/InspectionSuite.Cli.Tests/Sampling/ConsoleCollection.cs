using Xunit;

namespace InspectionSuite.Cli.Tests.Sampling;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
