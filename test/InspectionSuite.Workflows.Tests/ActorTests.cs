using InspectionSuite.Workflows.Contracts;
using Shouldly;

namespace InspectionSuite.Workflows.Tests;

public sealed class ActorTests
{
    [Fact]
    public void Should_not_treat_a_user_named_system_as_the_runtime()
    {
        var impostor = new WorkflowActor("system", "System", [], []);
        impostor.HasPermission("Cases.Decide").ShouldBeFalse();
        WorkflowActor.System.HasPermission("Cases.Decide").ShouldBeTrue();
    }
}
