using System.Net;
using System.Text.RegularExpressions;
using InspectionSuite.Web.Tests.Cases;
using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Foundation;

/// <summary>Refused actions on a case say which permission is missing in words, not by its internal name.</summary>
public sealed class CaseRefusalWordsHttpTests(CaseWebHost host) : IClassFixture<CaseWebHost>
{
    [Fact]
    public async Task Should_explain_a_refused_cancel_button_without_the_permission_name()
    {
        using var inspector = new TestClient(host.BaseAddress);
        (await inspector.LoginAsync("inspector")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await inspector.Http.GetStringAsync("/Cases");
        var ids = Regex.Matches(list, "href=\"/Cases/Detail/([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).Distinct().Take(5).ToList();
        ids.ShouldNotBeEmpty();

        var refusedCancel = 0;
        foreach (var id in ids)
        {
            var html = await inspector.Http.GetStringAsync($"/Cases/Detail/{id}");
            var text = VisibleText.Of(html);
            text.ShouldNotContain("InspectionSuite.");
            text.ShouldNotContain("InspectionCase");
            var refusal = Regex.Match(html, "id=\"refused-Cancel\">(.*?)</div>", RegexOptions.Singleline);
            if (!refusal.Success) continue;
            refusedCancel++;
            WebUtility.HtmlDecode(refusal.Groups[1].Value).ShouldContain("“Hủy cuộc thanh tra/kiểm tra”");
        }
        refusedCancel.ShouldBeGreaterThan(0);
    }
}
