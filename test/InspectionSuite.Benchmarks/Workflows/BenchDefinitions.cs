namespace InspectionSuite.Benchmarks.Workflows;

public static class BenchDefinitions
{
    /// <summary>Four states in a cycle, each step guarded and permission-checked.</summary>
    public const string Cycle = """
    {
      "definitionId": "bench.cycle", "version": 1,
      "name": { "vi": "Chu trình", "en": "Cycle" },
      "initial": "A",
      "states": [
        { "name": "A", "labels": { "vi": "A", "en": "A" } },
        { "name": "B", "labels": { "vi": "B", "en": "B" } },
        { "name": "C", "labels": { "vi": "C", "en": "C" } },
        { "name": "D", "labels": { "vi": "D", "en": "D" } }
      ],
      "transitions": [
        { "name": "AB", "from": "A", "to": "B", "trigger": "Next", "guards": ["BenchUnitPresent"], "permission": "Cases.Run" },
        { "name": "BC", "from": "B", "to": "C", "trigger": "Next", "guards": ["BenchUnitPresent"], "permission": "Cases.Run" },
        { "name": "CD", "from": "C", "to": "D", "trigger": "Next", "guards": ["BenchUnitPresent"], "permission": "Cases.Run" },
        { "name": "DA", "from": "D", "to": "A", "trigger": "Next", "guards": ["BenchUnitPresent"], "permission": "Cases.Run" }
      ]
    }
    """;
}
