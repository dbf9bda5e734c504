namespace InspectionSuite.Workflows.Services;

/// <summary>JSON parsing and length limits shared by the runtime's services (column sizes of the workflow tables).</summary>
internal static class WorkflowText
{
    public static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>The journal's one-line payload summary.</summary>
    public static string? Summarize(string? json) => json is null ? null : Truncate(json.ReplaceLineEndings(" "), 200);

    public static JsonNode? ParseNode(string? json) => string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json);

    public static JsonObject ParseObject(string? json)
        => string.IsNullOrWhiteSpace(json) ? new JsonObject()
            : JsonNode.Parse(json) as JsonObject ?? throw new InputValidationException("input", "a JSON object is expected");
}
