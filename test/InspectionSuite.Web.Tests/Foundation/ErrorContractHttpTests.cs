using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InspectionSuite.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>Every /api error is application/problem+json with code, title (in the request's language), status and traceId.</summary>
public sealed class ErrorContractHttpTests(ErrorContractHost host) : IClassFixture<ErrorContractHost>
{
    public static TheoryData<string, int, string> Errors => new()
    {
        { "anonymous", 401, InspectionSuiteErrorCodes.Unauthorized },
        { "anonymous bearer with a bad token", 401, InspectionSuiteErrorCodes.Unauthorized },
        { "wrong role (cookie)", 403, InspectionSuiteErrorCodes.PermissionDenied },
        { "wrong role (bearer)", 403, InspectionSuiteErrorCodes.PermissionDenied },
        { "route constraint", 404, InspectionSuiteErrorCodes.RouteNotFound },
        { "unknown route", 404, InspectionSuiteErrorCodes.RouteNotFound },
        { "unknown route asking for html", 404, InspectionSuiteErrorCodes.RouteNotFound },
        { "method", 405, InspectionSuiteErrorCodes.MethodNotAllowed },
        { "oversized body", 413, InspectionSuiteErrorCodes.PayloadTooLarge },
        { "wrong content type", 415, InspectionSuiteErrorCodes.UnsupportedMediaType },
        { "rate limit", 429, InspectionSuiteErrorCodes.TooManyRequests },
        { "validation", 400, InspectionSuiteErrorCodes.ValidationFailed },
        { "entity not found", 404, InspectionSuiteErrorCodes.EntityNotFound },
        { "csv lines", 422, InspectionSuiteErrorCodes.UnitCsvInvalid },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task Should_answer_every_api_error_with_a_problem(string scenario, int status, string code)
    {
        using var response = await RequestAsync(scenario);

        var problem = await ShouldBeProblemAsync(response, status, code);
        if (code != InspectionSuiteErrorCodes.EntityNotFound)
            problem.GetProperty("title").GetString().ShouldBe(Text(LocalizationTexts.Vi, code, "PATCH"));
        if (scenario == "csv lines")
            problem.GetProperty("lines")[0].GetProperty("line").GetInt32().ShouldBe(2); // each bad line, numbered as in the file
        if (scenario == "validation")
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["year"]); // the JSON field, not "Year"
    }

    [Theory]
    [InlineData("Accept-Language")]
    [InlineData("?culture=")]
    [InlineData("culture cookie")]
    public async Task Should_speak_the_requests_language(string how)
    {
        using var client = host.CreateClient();
        var path = "/api/permissions";
        if (how == "Accept-Language") client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        if (how == "?culture=") path += "?culture=en";
        if (how == "culture cookie") client.Cookies.Add(host.BaseAddress, new Cookie(".AspNetCore.Culture", "c=en|uic=en"));

        var problem = await ShouldBeProblemAsync(await client.Http.GetAsync(path), 401, InspectionSuiteErrorCodes.Unauthorized);
        problem.GetProperty("title").GetString().ShouldBe(LocalizationTexts.En[InspectionSuiteErrorCodes.Unauthorized]);
    }

    [Fact]
    public async Task Should_localize_business_errors_and_field_messages_too()
    {
        using var api = await host.BearerAsync("supervisor");
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var problem = await ShouldBeProblemAsync(await api.PostAsJsonAsync("/api/plans", new { year = 1500, authority = "NoiVu" }), 400, InspectionSuiteErrorCodes.ValidationFailed);
        problem.GetProperty("title").GetString().ShouldBe(LocalizationTexts.En[InspectionSuiteErrorCodes.ValidationFailed]);
        problem.GetProperty("errors").GetProperty("year")[0].GetString().ShouldBe(LocalizationTexts.En["Validation.Invalid"]);
    }

    [Fact]
    public async Task Should_speak_vietnamese_by_default_and_keep_pages_vietnamese_for_english_browsers()
    {
        using var client = host.CreateClient();
        var problem = await ShouldBeProblemAsync(await client.Http.GetAsync("/api/permissions"), 401, InspectionSuiteErrorCodes.Unauthorized);
        problem.GetProperty("title").GetString().ShouldBe(LocalizationTexts.Vi[InspectionSuiteErrorCodes.Unauthorized]);

        client.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        (await client.Http.GetStringAsync("/Account/Login")).ShouldContain(LocalizationTexts.Vi["Login.Title"]);
    }

    [Fact]
    public async Task Should_keep_the_html_error_page_for_pages()
    {
        using var client = await host.SignedInAsync("leader");
        var missing = await client.Http.GetAsync("/No/Such/Page");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");

        var denied = await client.Http.GetAsync("/Admin/Permissions");
        denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        denied.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    private async Task<HttpResponseMessage> RequestAsync(string scenario)
    {
        switch (scenario)
        {
            case "anonymous":
                return await host.CreateClient().Http.GetAsync("/api/permissions");
            case "anonymous bearer with a bad token":
            {
                var client = host.CreateClient();
                client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
                return await client.Http.GetAsync("/api/units");
            }
            case "wrong role (cookie)":
                return await (await host.SignedInAsync("leader")).Http.GetAsync("/api/permissions");
            case "wrong role (bearer)":
                return await (await host.BearerAsync("leader")).GetAsync("/api/permissions");
            case "route constraint":
                return await (await host.BearerAsync("supervisor")).GetAsync("/api/units/not-a-guid");
            case "unknown route":
                return await (await host.BearerAsync("supervisor")).GetAsync("/api/no-such-thing");
            case "unknown route asking for html":
            {
                var api = await host.BearerAsync("supervisor");
                api.DefaultRequestHeaders.Accept.ParseAdd("text/html");
                return await api.GetAsync("/api/no-such-thing");
            }
            case "method":
                return await (await host.BearerAsync("supervisor")).PatchAsync("/api/units", JsonContent.Create(new { }));
            case "oversized body":
            {
                var json = "{\"year\":2027,\"authority\":\"NoiVu\",\"note\":\"" + new string('x', (int)ErrorContractHost.MaxBodyBytes) + "\"}";
                return await (await host.BearerAsync("supervisor")).PostAsync("/api/plans", new StringContent(json, Encoding.UTF8, "application/json"));
            }
            case "wrong content type":
                return await (await host.BearerAsync("supervisor")).PostAsync("/api/plans", new StringContent("{\"year\":2027}", Encoding.UTF8, "text/plain"));
            case "rate limit":
            {
                var client = host.CreateClient();
                for (var i = 0; i < ErrorContractHost.LimitedPermits; i++)
                    (await client.Http.GetAsync(ErrorContractHost.LimitedPath)).StatusCode.ShouldBe(HttpStatusCode.OK);
                return await client.Http.GetAsync(ErrorContractHost.LimitedPath);
            }
            case "validation":
                return await (await host.BearerAsync("supervisor")).PostAsJsonAsync("/api/plans", new { year = 1500, authority = "NoiVu" });
            case "csv lines":
                return await (await host.BearerAsync("admin")).PostAsync("/api/units/import",
                    new StringContent("code,name,kind\nX-1,Xã Thử,Planet\n", Encoding.UTF8, "text/csv"));
            case "entity not found":
                return await (await host.BearerAsync("supervisor")).GetAsync($"/api/units/{Guid.NewGuid()}");
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
        }
    }

    private static async Task<JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, int status, string code)
    {
        ((int)response.StatusCode).ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("status").GetInt32().ShouldBe(status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("traceId").GetString()!.ShouldMatch("^[0-9a-f]{32}$");
        return problem;
    }

    private static string Text(IReadOnlyDictionary<string, string> texts, string code, params object[] args)
        => string.Format(CultureInfo.InvariantCulture, texts[code], args);
}
