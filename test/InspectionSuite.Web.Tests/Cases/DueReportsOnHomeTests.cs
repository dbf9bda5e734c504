using InspectionSuite.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace InspectionSuite.Web.Tests.Cases;

public sealed class DueReportsOnHomeTests(WebTestHost host) : IClassFixture<WebTestHost>
{
    [Fact]
    public async Task Should_show_the_next_periodic_report_due_on_the_home_page_to_those_who_see_reports()
    {
        using var leader = host.CreateClient();
        await leader.LoginAsync("leader");
        var html = await leader.Http.GetStringAsync("/");
        html.ShouldContain("id=\"due-reports\"");
        html.ShouldContain("15/12/"); // the annual report is due before 15 December

        using var rep = host.CreateClient();
        await rep.LoginAsync("unitrep");
        (await rep.Http.GetStringAsync("/")).ShouldNotContain("id=\"due-reports\"");
    }
}
