using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using InspectionSuite.Csv;
using InspectionSuite.Organization;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>
/// CSV uploads are held to <see cref="CsvLimits.MaxBytes"/> while they are read (a chunked body declares no length), and
/// a file of many bad lines is answered with the first <see cref="CsvLimits.MaxReportedErrors"/> errors and a count of the rest.
/// </summary>
public sealed class CsvUploadLimitsHttpTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    private const int BadLines = 10_000;

    /// <summary>A body without Content-Length: the client streams it chunked, as a client that does not know its length does.</summary>
    private static HttpContent Chunked(byte[] bytes)
    {
        var content = new StreamContent(new NonSeekable(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private static byte[] ThreeMegabytes()
    {
        var csv = new StringBuilder("code,name,kind\n");
        for (var i = 0; csv.Length < 3 * 1024 * 1024; i++) csv.Append("BIG-").Append(i).Append(",Đơn vị rất lớn,Department\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string ManyBadLines()
    {
        var csv = new StringBuilder("code,name,kind\n");
        for (var i = 0; i < BadLines; i++) csv.Append("BAD-").Append(i).Append(",Đơn vị ").Append(i).Append(",Planet\n");
        return csv.ToString();
    }

    private async Task<TestClient> AdminAsync()
    {
        var admin = host.CreateClient();
        (await admin.LoginAsync("admin")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return admin;
    }

    [Theory]
    [InlineData("/api/units/import")]
    [InlineData("/api/plans/{0}/state-audit?concurrencyStamp=x")]
    public async Task Should_refuse_a_chunked_csv_beyond_the_limit_while_reading_it(string path)
    {
        using var admin = await AdminAsync();
        var before = (await admin.Http.GetFromJsonAsync<JsonElement>("/api/units?take=1")).GetProperty("totalCount").GetInt32();
        var request = new HttpRequestMessage(HttpMethod.Post, string.Format(path, Guid.NewGuid())) { Content = Chunked(ThreeMegabytes()) };
        request.Headers.TransferEncodingChunked = true;

        var response = await admin.Http.SendAsync(request);

        request.Content.Headers.ContentLength.ShouldBeNull();
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.CsvTooLarge);
        // The limit is named (grouped by the request's culture).
        new string(problem.GetProperty("title").GetString()!.Where(char.IsAsciiDigit).ToArray()).ShouldContain(CsvLimits.MaxBytes.ToString());
        (await admin.Http.GetFromJsonAsync<JsonElement>("/api/units?take=1")).GetProperty("totalCount").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task Should_list_the_first_errors_of_a_file_of_many_bad_lines_and_count_the_rest()
    {
        using var admin = await AdminAsync();
        var response = await admin.Http.PostAsync("/api/units/import", new StringContent(ManyBadLines(), Encoding.UTF8, "text/csv"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe(InspectionSuiteErrorCodes.UnitCsvInvalid);
        var lines = problem.GetProperty("lines");
        lines.GetArrayLength().ShouldBe(CsvLimits.MaxReportedErrors);
        lines[0].GetProperty("line").GetInt32().ShouldBe(2);
        problem.GetProperty("moreErrors").GetInt32().ShouldBe(BadLines - CsvLimits.MaxReportedErrors);

        // The register page shows the same: the first errors, then how many more.
        var page = await admin.Http.GetStringAsync("/Admin/Units");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(TestClient.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(ManyBadLines())), "csv", "don-vi.csv" },
        };
        var posted = await admin.Http.PostAsync("/Admin/Units?handler=Import", form);
        posted.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await posted.Content.ReadAsStringAsync();
        var errors = Regex.Match(html, "id=\"import-errors\".*?</ul>", RegexOptions.Singleline).Value;
        Regex.Matches(errors, "<li[ >]").Count.ShouldBe(CsvLimits.MaxReportedErrors + 1);
        errors.ShouldContain("id=\"import-more-errors\"");
        errors.ShouldContain(LocalizationTexts.Vi["Csv.MoreErrors"].Replace("{0}", (BadLines - CsvLimits.MaxReportedErrors).ToString()));
    }
}
