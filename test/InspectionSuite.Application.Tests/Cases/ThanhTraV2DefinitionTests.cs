using InspectionSuite.Cases;
using InspectionSuite.Testing;
using InspectionSuite.Workflows.Definitions;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>The v2 definition file itself: every time limit is a parameter with its article; the người ra quyết định's tasks are Leadership's.</summary>
public sealed class ThanhTraV2DefinitionTests
{
    private static CompiledDefinition Load()
    {
        var file = Path.Combine(TestPaths.Workflows, "thanh-tra.inspection.v2.json");
        var registry = WorkflowComponentRegistry.FromAssemblies([typeof(CaseStarter).Assembly]);
        var result = new WorkflowDefinitionValidator(registry).Validate(file, File.ReadAllText(file));
        result.Errors.ShouldBeEmpty();
        return result.Definition!;
    }

    [Fact]
    public void Should_take_every_duration_from_a_named_limit_that_cites_its_article()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Workflows, "thanh-tra.inspection.v2.json")))!;
        var def = Load();
        def.Version.ShouldBe(2);
        def.Model.Limits.ShouldNotBeEmpty();
        def.Model.Limits.Values.ShouldAllBe(l => l.Article.Length > 0 && l.Article.Contains("/20"));
        foreach (var state in json["states"]!.AsArray())
        {
            foreach (var task in state!["humanTasks"]?.AsArray() ?? [])
            {
                task!["due"]!["limit"].ShouldNotBeNull($"{state["name"]}.{task["name"]}");
                task["due"]!["days"].ShouldBeNull($"{state["name"]}.{task["name"]} writes days inline");
            }
            foreach (var deadline in state["deadlines"]?.AsArray() ?? [])
                deadline!["duration"]!["limit"].ShouldNotBeNull($"{state["name"]}.{deadline["name"]}");
        }
        foreach (var guard in def.Model.Transitions.SelectMany(t => t.Guards).Where(g => g.Days is not null))
            guard.Limit.ShouldNotBeNull(guard.Name); // a guard's days come from a limit too
        // Limits resolved into the compiled model.
        def.States[CaseStates.Concluding].HumanTasks.Single(h => h.Name == "SignConclusion").Due.Days.ShouldBe(def.Model.Limits["ConclusionSigned"].Days);
        def.Model.Transitions.Single(t => t.Name == "Publish").Guards.Single(g => g.Name == "PublicationAtLeast").Days.ShouldBe(15);
    }

    [Fact]
    public void Should_list_every_limit_with_its_default_and_article_in_docs_cases_md()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "cases.md"));
        foreach (var (name, limit) in Load().Model.Limits)
        {
            var row = docs.Split('\n').SingleOrDefault(l => l.StartsWith($"| `{name}` |", StringComparison.Ordinal));
            row.ShouldNotBeNull($"docs/cases.md lists no limit {name}");
            row.ShouldContain($"| {limit.Days} ");
            row.ShouldContain(limit.Article);
        }
    }

    [Fact]
    public void Should_give_the_decision_makers_tasks_to_leadership_and_the_appraisal_to_an_appraiser()
    {
        var def = Load();
        var tasks = def.Model.States.SelectMany(s => s.HumanTasks).ToDictionary(h => h.Name);
        tasks["SignConclusion"].Role.ShouldBe(InspectionSuiteRoles.Leadership);
        tasks["ApproveWorkPlan"].Role.ShouldBe(InspectionSuiteRoles.Leadership);
        tasks["RecommendationLetter"].Role.ShouldBe(InspectionSuiteRoles.Leadership);
        tasks["AppraiseDraft"].Role.ShouldBe(InspectionSuiteRoles.Appraiser);
        def.Model.Transitions.Single(t => t.Name == "Announce").Guards.Select(g => g.Name).ShouldContain("WorkPlanApproved");
    }
}
