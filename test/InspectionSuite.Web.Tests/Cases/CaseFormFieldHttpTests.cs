using System.Net;
using System.Text.RegularExpressions;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

/// <summary>The case page's form fields (form-field tag helper): a localized label bound to its input, the required marker, the validation slot.</summary>
public sealed class CaseFormFieldHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task Should_write_each_field_with_its_localized_label_bound_to_its_input(string lang)
    {
        using var inspector = new TestClient(host.BaseAddress);
        (await inspector.LoginAsync("inspector")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await inspector.Http.GetAsync($"/culture/{lang}?returnUrl=/");
        var texts = LocalizationTexts.Of(lang);
        var list = await inspector.Http.GetStringAsync("/Cases?take=50");
        string? html = null;
        foreach (var id in Regex.Matches(list, "href=\"/Cases/Detail/([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).Distinct())
        {
            html = await inspector.Http.GetStringAsync($"/Cases/Detail/{id}");
            if (html.Contains("id=\"minutes-form\"")) break;
            html = null;
        }
        html.ShouldNotBeNull("a demo case of the inspector takes minutes");

        var field = Regex.Match(html, "<div class=\"col-8\"><label class=\"form-label small\" for=\"Minutes_Title\">(?<label>.*?)</label>(?<input><input [^>]*>)<span [^>]*data-valmsg-for=\"Minutes.Title\"", RegexOptions.Singleline);
        field.Success.ShouldBeTrue("label, input and validation message of Minutes.Title");
        WebUtility.HtmlDecode(field.Groups["label"].Value).ShouldStartWith(texts["Minutes.Name"]);
        field.Groups["label"].Value.ShouldContain("<span class=\"text-danger\" aria-hidden=\"true\">*</span>");
        var input = field.Groups["input"].Value;
        input.ShouldContain("id=\"Minutes_Title\"");
        input.ShouldContain("name=\"Minutes.Title\"");
        input.ShouldContain("aria-required=\"true\"");
        Regex.IsMatch(input, @"\srequired[\s=>]").ShouldBeFalse("the service says what is missing, the browser does not block the post");
        // A date field gets the date input of its property's type; a textarea keeps its rows.
        html.ShouldMatch("<input [^>]*type=\"date\"[^>]*id=\"Minutes_HeldOn\"|<input [^>]*id=\"Minutes_HeldOn\"[^>]*type=\"date\"");
        html.ShouldMatch("<textarea [^>]*id=\"Minutes_Content\"[^>]*rows=\"3\"|<textarea [^>]*rows=\"3\"[^>]*id=\"Minutes_Content\"");
    }
}
