using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace InspectionSuite.OpenApi;

/// <summary>
/// What the generated document (/openapi/v1.json) cannot see by itself: the error contract on every /api operation,
/// the values of string route parameters (document kinds, trigger names), enums as string enums, and nullable or
/// defaulted fields as optional.
/// </summary>
public static class OpenApiTransformers
{
    public const string ProblemSchemaId = "ProblemDetails";

    public static OpenApiOptions AddInspectionSuiteTransformers(this OpenApiOptions options)
    {
        options.AddOperationTransformer(AddErrorResponsesAsync);
        options.AddOperationTransformer(AddParameterValuesAsync);
        options.AddSchemaTransformer(RefineSchemaAsync);
        options.AddDocumentTransformer((document, _, _) =>
        {
            // Ours replaces the framework's (generated when an endpoint says ProducesProblem): it names code and traceId.
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas[ProblemSchemaId] = ProblemSchema();
            return Task.CompletedTask;
        });
        return options;
    }

    /// <summary>
    /// The problems an operation can answer, from what it is: every one can fail (500); input can be invalid (400),
    /// too large (413) or of the wrong type (415); a protected one needs a user (401) and maybe a permission (403);
    /// route ids can miss (404); a change can lose a race (409); a rate-limited one can refuse (429).
    /// </summary>
    private static Task AddErrorResponsesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) != true) return Task.CompletedTask;
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var permission = metadata.OfType<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy));
        var hasBody = operation.RequestBody is not null;
        var hasRouteValues = operation.Parameters?.Any(p => p.In == ParameterLocation.Path) == true;
        var changes = !HttpMethods.IsGet(context.Description.HttpMethod ?? "GET");

        operation.Responses ??= new OpenApiResponses();
        void Add(int status, string description)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(key)) return;
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ApiProblemDetailsWriter.ContentType] = new() { Schema = new OpenApiSchemaReference(ProblemSchemaId, context.Document) },
                },
            };
        }
        if (hasBody || operation.Parameters?.Count > 0) Add(400, "Invalid input: `errors` names each field (camelCase) with its messages");
        if (!anonymous) Add(401, "Not signed in (no cookie, no valid bearer token)");
        if (!anonymous && permission) Add(403, "The caller lacks the permission (or the case role) this needs");
        if (hasRouteValues) Add(404, "Not found, or not visible to the caller; also a route value of the wrong shape");
        if (changes && !anonymous) Add(409, "Someone saved first (stale concurrencyStamp or workflow version), or the state does not allow it");
        if (hasBody) Add(413, "Request body over the limit");
        if (hasBody) Add(415, "Content type not accepted here");
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) Add(429, "Too many requests from this client: wait and retry");
        Add(500, "Unexpected error: no details; quote traceId (the log has them)");
        return Task.CompletedTask;
    }

    private static async Task AddParameterValuesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        foreach (var values in context.Description.ActionDescriptor.EndpointMetadata.OfType<ParameterValuesMetadata>())
        {
            if (operation.Parameters?.FirstOrDefault(p => p.Name == values.Parameter) is not OpenApiParameter { Schema: OpenApiSchema schema }) continue;
            schema.Type = JsonSchemaType.String;
            schema.Enum = (await values.Values(context.ApplicationServices, ct)).Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        }
    }

    private static Task RefineSchemaAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = context.JsonTypeInfo.Type;
        // Enums travel as their names (JsonStringEnumConverter): say so.
        if (type.IsEnum && schema.Enum is { Count: > 0 }) schema.Type = JsonSchemaType.String;
        // A constructor parameter that is nullable or has a default may be left out: it is not required.
        if (context.JsonPropertyInfo is null && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Required is { Count: > 0 } required)
            foreach (var property in context.JsonTypeInfo.Properties)
            {
                var nullable = schema.Properties is { } properties && properties.TryGetValue(property.Name, out var p) && p is OpenApiSchema { Type: { } t } && t.HasFlag(JsonSchemaType.Null);
                if (nullable || (property.AssociatedParameter is { } parameter ? parameter.IsNullable || parameter.HasDefaultValue : !property.IsRequired))
                    required.Remove(property.Name);
            }
        return Task.CompletedTask;
    }

    private static OpenApiSchema ProblemSchema()
    {
        static OpenApiSchema Text(string description, bool nullable = false)
            => new() { Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String, Description = description };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details; every /api answer with status >= 400 has this shape (application/problem+json).",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("URI of the problem type", nullable: true),
                ["title"] = Text("The error in the request's language (Accept-Language, ?culture=, culture cookie; Vietnamese by default)"),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "HTTP status" },
                ["detail"] = Text("More about this occurrence", nullable: true),
                ["instance"] = Text("URI of this occurrence", nullable: true),
                ["code"] = Text("Stable error code, e.g. Inspection:000409; the texts are in Localization/*.json"),
                ["traceId"] = Text("Id of the request in the log and the audit log"),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object | JsonSchemaType.Null,
                    Description = "Validation: camelCase field name → messages",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Required = new HashSet<string> { "code", "title", "status", "traceId" },
        };
    }
}
