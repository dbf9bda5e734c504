using InspectionSuite.Workflows.Diagrams;
using Shouldly;

namespace InspectionSuite.Workflows.Tests;

public sealed class MermaidTests : WorkflowTestBase
{
    [Fact]
    public async Task Should_render_the_definition_as_a_state_diagram()
    {
        var text = await F.Host.Definitions(d => d.GetDiagramAsync("test.case", 1, culture: "en"));

        var lines = text.Split('\n', StringSplitOptions.TrimEntries);
        lines[0].ShouldBe("stateDiagram-v2");
        lines.ShouldContain("[*] --> Planned");
        lines.ShouldContain("state \"On site\" as OnSite");
        lines.ShouldContain("Planned --> Decided : Decide");
        lines.ShouldContain("Reporting --> Cancelled : Cancel");
        lines.ShouldContain("Closed --> [*]");
        text.ShouldNotContain("classDef");
    }

    [Fact]
    public async Task Should_highlight_the_current_state_of_an_instance()
    {
        var i = await F.StartCase("case-1");
        await F.Fire(i.Id, "Decide");
        await F.Fire(i.Id, "Announce");

        var text = await F.Host.Run((r, _) => r.Queries.GetInstanceDiagramAsync(i.Id));

        text.ShouldContain($"classDef {MermaidDiagram.CurrentClass} ");
        text.Split('\n', StringSplitOptions.TrimEntries).ShouldContain("class OnSite current");
        text.ShouldContain("state \"Tiến hành tại đơn vị\" as OnSite");
    }
}
