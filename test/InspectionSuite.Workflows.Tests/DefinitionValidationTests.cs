using System.Text.Json.Nodes;
using CsCheck;
using InspectionSuite.Workflows.Definitions;
using Shouldly;

namespace InspectionSuite.Workflows.Tests;

public sealed class DefinitionValidationTests
{
    private static readonly WorkflowComponentRegistry Components = WorkflowComponentRegistry.FromAssemblies([typeof(DefinitionValidationTests).Assembly]);
    private static readonly string ValidJson = File.ReadAllText(Path.Combine(TestHost.DefinitionsDir, "test.case.json"));
    private static readonly WorkflowDefinitionValidator Validator = new(Components);

    private static IReadOnlyList<DefinitionError> Errors(Action<JsonObject> mutate)
    {
        var node = JsonNode.Parse(ValidJson)!.AsObject();
        mutate(node);
        var result = Validator.Validate("bad.json", node.ToJsonString());
        result.IsValid.ShouldBeFalse();
        return result.Errors;
    }

    private static JsonObject State(JsonObject d, string name) => d["states"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == name)!.AsObject();
    private static JsonObject Transition(JsonObject d, string name) => d["transitions"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == name)!.AsObject();

    [Fact]
    public void Should_accept_the_valid_test_definition()
    {
        var result = Validator.Validate("test.case.json", ValidJson);
        result.Errors.ShouldBeEmpty();
        result.Definition!.Model.States.Count.ShouldBe(7);
        result.Definition.Model.Transitions.Single(t => t.Name == "Cancel").From.Count.ShouldBe(4);
    }

    private static readonly string RepoWorkflows = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../workflows"));

    [Fact]
    public void Should_accept_the_example_documented_in_the_workflows_readme()
    {
        var readme = File.ReadAllText(Path.Combine(RepoWorkflows, "README.md"));
        var start = readme.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var json = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        var result = new WorkflowDefinitionValidator(null).Validate("README.md", json);

        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
    }

    [Fact]
    public void Should_find_every_committed_definition_schema_valid()
    {
        // Guard/action names are the app's; here only the schema and graph rules are checked.
        foreach (var result in WorkflowDefinitionLoader.LoadDirectory(RepoWorkflows, null))
            result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
    }

    [Fact]
    public void Should_name_file_path_and_reason_for_an_unknown_guard()
    {
        var errors = Errors(d => Transition(d, "StartConcluding")["guards"] = new JsonArray("ReportSigned"));
        var e = errors.Single();
        (e.File, e.Path).ShouldBe(("bad.json", "$.transitions[3].guards[0]"));
        e.Reason.ShouldContain("unknown guard 'ReportSigned'");
    }

    [Fact]
    public void Should_resolve_a_named_limit_into_durations_and_guard_parameters()
    {
        var node = JsonNode.Parse(ValidJson)!.AsObject();
        node["limits"] = JsonNode.Parse("""{"Report":{"days":7,"kind":"working","times":1,"article":"Điều 34 Luật Thanh tra 84/2025/QH15"}}""");
        State(node, "Planned")["humanTasks"]![0]!["due"] = JsonNode.Parse("""{"limit":"Report"}""");
        var guards = Transition(node, "StartConcluding")["guards"]!.AsArray();
        guards.Add(JsonNode.Parse("""{"name":"ResultsReportAttached","limit":"Report"}"""));
        var result = Validator.Validate("limits.json", node.ToJsonString());
        result.Errors.ShouldBeEmpty(string.Join("\n", result.Errors));
        var def = result.Definition!;
        def.States["Planned"].HumanTasks[0].Due.Days.ShouldBe(7);
        def.States["Planned"].HumanTasks[0].Due.IsWorking.ShouldBeTrue();
        var g = def.Model.Transitions.Single(t => t.Name == "StartConcluding").Guards.Last();
        (g.Name, g.Days, g.Kind, g.Times, g.Article).ShouldBe(("ResultsReportAttached", 7, "working", 1, "Điều 34 Luật Thanh tra 84/2025/QH15"));
    }

    [Fact]
    public void Should_reject_a_duration_or_guard_naming_an_undeclared_limit()
    {
        Errors(d => State(d, "Planned")["humanTasks"]![0]!["due"] = JsonNode.Parse("""{"limit":"Nope"}""")).Single().Reason.ShouldContain("unknown limit 'Nope'");
        // Days and a limit together are ambiguous: the schema refuses it.
        Errors(d => State(d, "Planned")["humanTasks"]![0]!["due"] = JsonNode.Parse("""{"limit":"Nope","days":3,"kind":"working"}""")).ShouldNotBeEmpty();
        // A limit without its article is refused: every limit says where it comes from.
        Errors(d => d["limits"] = JsonNode.Parse("""{"X":{"days":3,"kind":"working"}}""")).ShouldNotBeEmpty();
    }

    [Fact]
    public void Should_reject_an_unknown_action()
        => Errors(d => State(d, "Decided")["entry"] = new JsonArray("SendEmail")).Single().Path.ShouldBe("$.states[1].entry[0]");

    [Fact]
    public void Should_reject_a_transition_to_a_missing_state()
        => Errors(d => Transition(d, "Close")["to"] = "Archived").ShouldContain(e => e.Path == "$.transitions[4].to" && e.Reason.Contains("'Archived'"));

    [Fact]
    public void Should_reject_an_unreachable_state()
        => Errors(d => d["states"]!.AsArray().Add(JsonNode.Parse("""{"name":"Appraisal","labels":{"vi":"Thẩm định","en":"Appraisal"}}""")))
            .Single().ShouldBe(new DefinitionError("bad.json", "$.states[7]", "state 'Appraisal' is unreachable from the initial state 'Planned'"));

    [Fact]
    public void Should_reject_duplicate_state_and_transition_names()
    {
        Errors(d => d["states"]!.AsArray().Add(JsonNode.Parse("""{"name":"Closed","labels":{"vi":"x","en":"x"}}""")))
            .ShouldContain(e => e.Path == "$.states[7].name" && e.Reason.Contains("duplicate state name"));
        Errors(d => Transition(d, "Close")["name"] = "Decide")
            .ShouldContain(e => e.Path == "$.transitions[4].name" && e.Reason.Contains("duplicate transition name"));
    }

    [Fact]
    public void Should_report_schema_errors_at_their_json_path()
    {
        Errors(d => d["version"] = "one").ShouldContain(e => e.Path == "$.version");
        Errors(d => State(d, "Planned")["humanTasks"]![0]!["due"]!["kind"] = "monthly").ShouldContain(e => e.Path == "$.states[0].humanTasks[0].due.kind");
        Errors(d => d.Remove("initial")).ShouldContain(e => e.Path == "$" && e.Reason.Contains("initial"));
    }

    [Fact]
    public void Should_reject_text_that_is_not_json_with_its_position()
    {
        var result = Validator.Validate("broken.json", "{ \"definitionId\": ");
        result.Errors.Single().Path.ShouldBe("$");
        result.Errors.Single().Reason.ShouldStartWith("not valid JSON");
    }

    [Fact]
    public void Should_reject_every_generated_malformed_definition_with_a_path_and_no_other_exception()
    {
        var gen = Gen.Select(Gen.Int[0, Mutations.Length - 1], Gen.Int[0, 10_000], Gen.String[0, 40]);
        gen.Sample((kind, seed, text) =>
        {
            var json = Mutations[kind](seed, text);
            var result = Validator.Validate("gen.json", json);
            if (result.IsValid) throw new Exception($"mutation {kind} (seed {seed}) was accepted:\n{json}");
            return result.Errors.Count > 0
                   && result.Errors.All(e => e.File == "gen.json" && e.Path.StartsWith('$') && e.Reason.Length > 0);
        }, iter: 600);
    }

    private static string Mutate(Action<JsonObject, int> change, int seed)
    {
        var node = JsonNode.Parse(ValidJson)!.AsObject();
        change(node, seed);
        return node.ToJsonString();
    }

    private static JsonObject Pick(JsonObject d, string array, int seed)
    {
        var items = d[array]!.AsArray();
        return items[seed % items.Count]!.AsObject();
    }

    private static readonly string[] RootRequired = ["definitionId", "version", "name", "initial", "states", "transitions"];
    private static readonly string[] StateRequired = ["name", "labels"];
    private static readonly string[] TransitionRequired = ["name", "from", "to", "trigger"];

    private static readonly Func<int, string, string>[] Mutations =
    [
        (s, _) => Mutate((d, n) => d.Remove(RootRequired[n % RootRequired.Length]), s),
        (s, _) => Mutate((d, n) => d[RootRequired[n % RootRequired.Length]] = n % 2 == 0 ? JsonValue.Create(true) : new JsonArray(), s),
        (s, _) => Mutate((d, n) => Pick(d, "states", n).Remove(StateRequired[n % StateRequired.Length]), s),
        (s, _) => Mutate((d, n) => Pick(d, "transitions", n).Remove(TransitionRequired[n % TransitionRequired.Length]), s),
        (s, _) => Mutate((d, n) => Pick(d, "transitions", n)["to"] = $"Ghost{n}", s),
        (s, _) => Mutate((d, n) => Pick(d, "transitions", n)["from"] = new JsonArray("Planned", $"Ghost{n}"), s),
        (s, _) => Mutate((d, n) => d["states"]!.AsArray().Add(Pick(d, "states", n).DeepClone()), s),
        (s, _) => Mutate((d, n) =>
        {
            var t = d["transitions"]!.AsArray();
            var i = n % t.Count;
            t[i]!["name"] = t[(i + 1) % t.Count]!["name"]!.GetValue<string>();
        }, s),
        (s, _) => Mutate((d, n) => Pick(d, "transitions", n)["guards"] = new JsonArray($"NoSuchGuard{n}"), s),
        (s, _) => Mutate((d, n) => Pick(d, "states", n)["exit"] = new JsonArray($"NoSuchAction{n}"), s),
        (s, t) => Mutate((d, n) => (n % 3 == 0 ? d : n % 3 == 1 ? Pick(d, "states", n) : Pick(d, "transitions", n))["x" + new string(t.Where(char.IsAsciiLetterOrDigit).ToArray())] = 1, s),
        (s, _) => Mutate((d, n) => d["states"]!.AsArray().Add(JsonNode.Parse($$$"""{"name":"Orphan{{{n}}}","labels":{"vi":"a","en":"b"}}""")), s),
        (s, _) => Mutate((d, n) => d["initial"] = $"Nowhere{n}", s),
        (s, _) => ValidJson[..(s % (ValidJson.Length - 1))],
        (s, _) => Mutate((d, n) => State(d, "Planned")["humanTasks"]![0]!.AsObject().Remove(n % 2 == 0 ? "role" : "due"), s),
        (s, _) => Mutate((d, n) => State(d, "Reporting")["deadlines"]![0]!["escalation"] = n % 2 == 0
            ? JsonNode.Parse("""{"actions":["FlagReportOverdue"],"trigger":"StartConcluding"}""")
            : JsonNode.Parse($$"""{"trigger":"Nope{{n}}"}"""), s),
        (_, t) => t.Length == 0 || t.TrimStart().StartsWith('{') ? "[" + t : t,
        (s, t) => Mutate((d, n) => Pick(d, "states", n)["name"] = " " + t + " bad name", s),
        (s, _) => Mutate((d, n) => State(d, "Planned")["humanTasks"]![0]!["due"]!["days"] = -1 - n, s),
    ];
}
