namespace InspectionSuite.Workflows.Definitions;

/// <summary>Reads every <c>*.json</c> definition of a directory (schema.json excluded) and validates each.</summary>
public static class WorkflowDefinitionLoader
{
    public static IReadOnlyList<DefinitionValidationResult> LoadDirectory(string directory, WorkflowComponentRegistry? components)
    {
        var validator = new WorkflowDefinitionValidator(components);
        var results = new List<DefinitionValidationResult>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (string.Equals(Path.GetFileName(path), "schema.json", StringComparison.OrdinalIgnoreCase)) continue;
            var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
            var file = relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
            string text;
            try { text = File.ReadAllText(path); }
            catch (IOException ex) { results.Add(new DefinitionValidationResult(file, null, [new DefinitionError(file, "$", ex.Message)])); continue; }
            results.Add(validator.Validate(file, text));
        }
        // Two files claiming the same id and version would make "which one runs" a coin toss.
        foreach (var group in results.Where(r => r.IsValid).GroupBy(r => (r.Definition!.DefinitionId, r.Definition.Version)).Where(g => g.Count() > 1))
            foreach (var dup in group.Skip(1))
                results[results.IndexOf(dup)] = dup with
                {
                    Definition = null,
                    Errors = [new DefinitionError(dup.File, "$.version", $"definition '{group.Key.DefinitionId}' version {group.Key.Version} is also declared in {group.First().File}")],
                };
        return results;
    }
}
