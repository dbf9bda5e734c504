using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>/openapi/v1.json says what the API really answers: problems, the token, accepted values, optional fields, uploads.</summary>
public sealed class OpenApiDocumentTests(ErrorContractHost host) : IClassFixture<ErrorContractHost>
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var client = host.CreateClient();
        return await client.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
    }

    [Fact]
    public async Task Should_document_the_problem_responses_of_every_api_operation()
    {
        var doc = await DocumentAsync();
        var problem = doc.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails");
        problem.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["code", "title", "status", "traceId"], ignoreOrder: true);
        problem.GetProperty("properties").GetProperty("errors").GetProperty("additionalProperties").GetProperty("type").GetString().ShouldBe("array");

        var operations = Operations(doc).Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();
        operations.Count.ShouldBeGreaterThan(50);
        var missing = new List<string>();
        foreach (var (path, method, op) in operations)
        {
            var responses = op.GetProperty("responses");
            var expected = new List<string> { "500" };
            if (path != "/api/account/token" && path != ErrorContractHost.LimitedPath) expected.AddRange(["401", "403"]);
            if (path.Contains('{')) expected.Add("404");
            if (op.TryGetProperty("requestBody", out _)) expected.AddRange(["400", "413", "415"]);
            foreach (var status in expected)
                if (!responses.TryGetProperty(status, out var response) || !IsProblem(response)) missing.Add($"{method} {path}: {status}");
        }
        missing.ShouldBeEmpty();

        var update = Operation(doc, "/api/units/{id}", "put").GetProperty("responses");
        IsProblem(update.GetProperty("409")).ShouldBeTrue();
        IsProblem(update.GetProperty("400")).ShouldBeTrue();
        IsProblem(Operation(doc, ErrorContractHost.LimitedPath, "get").GetProperty("responses").GetProperty("429")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_document_the_token_response()
    {
        var doc = await DocumentAsync();
        var responses = Operation(doc, "/api/account/token", "post").GetProperty("responses");
        var token = Resolve(doc, responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        token.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(["tokenType", "accessToken", "expiresIn", "refreshToken"], ignoreOrder: true);
        IsProblem(responses.GetProperty("401")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_list_trigger_names_document_kinds_and_enums_as_string_enums()
    {
        var doc = await DocumentAsync();
        var trigger = Parameter(Operation(doc, "/api/cases/{id}/triggers/{trigger}", "post"), "trigger");
        trigger.GetProperty("type").GetString().ShouldBe("string");
        trigger.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldContain("Announce");
        trigger.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldContain("Close");

        var kind = Parameter(Operation(doc, "/api/cases/{id}/documents/{kind}", "get"), "kind");
        kind.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldContain("inspection-decision");
        kind.GetProperty("enum").GetArrayLength().ShouldBe(Enum.GetValues<InspectionSuite.Documents.DocumentKind>().Length);

        var documentKind = doc.GetProperty("components").GetProperty("schemas").GetProperty("DocumentKind");
        documentKind.GetProperty("type").GetString().ShouldBe("string");
        documentKind.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldContain("InspectionDecision");
    }

    [Fact]
    public async Task Should_mark_nullable_and_defaulted_fields_optional()
    {
        var doc = await DocumentAsync();
        var required = doc.GetProperty("components").GetProperty("schemas").GetProperty("CreateCaseDto").GetProperty("required")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        required.ShouldContain("subject");
        required.ShouldContain("unitId");
        required.ShouldNotContain("planItemId");
        required.ShouldNotContain("scope");
        doc.GetProperty("components").GetProperty("schemas").GetProperty("CreateAnnualPlanDto").GetProperty("required")
            .EnumerateArray().Select(e => e.GetString()).ShouldNotContain("rate"); // has a default
    }

    [Fact]
    public async Task Should_document_uploads_as_the_multipart_forms_they_read_and_the_status_they_answer()
    {
        var doc = await DocumentAsync();
        var upload = Operation(doc, "/api/cases/{id}/evidence", "post");
        var form = Resolve(doc, upload.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema"));
        var properties = form.GetProperty("properties");
        properties.EnumerateObject().Select(p => p.Name).ShouldBe(["file", "concurrencyStamp", "effectiveDate", "description"], ignoreOrder: true);
        var file = Resolve(doc, properties.GetProperty("file"));
        (file.GetProperty("type").GetString(), file.GetProperty("format").GetString()).ShouldBe(("string", "binary"));
        form.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["file", "concurrencyStamp"], ignoreOrder: true);
        var created = upload.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        created.GetProperty("$ref").GetString().ShouldEndWith("/EvidenceFileDto");
        upload.GetProperty("responses").TryGetProperty("200", out _).ShouldBeFalse();

        var answer = Operation(doc, "/api/cases/{id}/document-requests/{requestId}/answers", "post");
        var answerForm = Resolve(doc, answer.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema"));
        answerForm.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(["concurrencyStamp", "files", "note"], ignoreOrder: true);
        answer.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema")
            .GetProperty("$ref").GetString().ShouldEndWith("/DocumentRequestDto");
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement doc)
        => doc.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name, m.Value)));

    private static JsonElement Operation(JsonElement doc, string path, string method) => doc.GetProperty("paths").GetProperty(path).GetProperty(method);

    private static JsonElement Parameter(JsonElement operation, string name)
        => operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

    private static bool IsProblem(JsonElement response)
        => response.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out var media)
            && media.GetProperty("schema").GetProperty("$ref").GetString() == "#/components/schemas/ProblemDetails";

    private static JsonElement Resolve(JsonElement doc, JsonElement schema)
        => schema.TryGetProperty("$ref", out var reference)
            ? doc.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/').Last())
            : schema;
}
