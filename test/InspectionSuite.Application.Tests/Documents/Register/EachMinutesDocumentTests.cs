using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.Documents;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Register;

/// <summary>
/// Issue 16, "each biên bản (not only the latest)": every biên bản of a case is its own document, listed, downloaded and
/// issued with its own register number (found untested in the re-walk of issue 16, /work/briefs/s9/docs-walk.md).
/// </summary>
public sealed class EachMinutesDocumentTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private static readonly LibreOfficePdfConverter NoPdf = new("/nonexistent/soffice");

    private Task<T> Documents<T>(string user, Func<CaseDocumentAppService, Task<T>> work)
        => fixture.RunAsAsync(user, sp => work(ActivatorUtilities.CreateInstance<CaseDocumentAppService>(sp, NoPdf)));

    [Fact]
    public async Task Should_list_download_and_number_each_bien_ban_on_its_own()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        c = await fixture.Cases("inspector", s => s.AddMinutesAsync(c.Id, new AddMinutesDto("Biên bản làm việc thứ nhất", fixture.Today, "Nội dung buổi làm việc thứ nhất.", c.ConcurrencyStamp)));
        c = await fixture.Cases("inspector", s => s.AddMinutesAsync(c.Id, new AddMinutesDto("Biên bản làm việc thứ hai", fixture.Today, "Nội dung buổi làm việc thứ hai.", c.ConcurrencyStamp)));
        var first = c.Minutes.Single(m => m.Title == "Biên bản làm việc thứ nhất");
        var second = c.Minutes.Single(m => m.Title == "Biên bản làm việc thứ hai");

        var listed = (await Documents("inspector", s => s.GetAvailableAsync(c.Id))).Where(d => d.Kind == DocumentKind.Minutes).ToList();
        listed.Select(d => d.MinutesId).ShouldContain(first.Id);
        listed.Select(d => d.MinutesId).ShouldContain(second.Id);
        listed.Count.ShouldBe(c.Minutes.Count);

        DocumentTestData.Text((await Documents("inspector", s => s.GenerateAsync(c.Id, DocumentKind.Minutes, first.Id, default))).Content)
            .ShouldContain("Nội dung buổi làm việc thứ nhất.");
        var one = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.Minutes, first.Id, null, default));
        var two = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.Minutes, second.Id, null, default));
        two.Number.ShouldBe(one.Number + 1);
        one.NumberAndSymbol.ShouldEndWith("/BB-TTr");
        var issuedSecond = DocumentTestData.Text((await Documents("inspector", s => s.GenerateAsync(c.Id, DocumentKind.Minutes, second.Id, default))).Content);
        issuedSecond.ShouldContain("Nội dung buổi làm việc thứ hai.");
        issuedSecond.ShouldContain(two.NumberAndSymbol);
        issuedSecond.ShouldNotContain("Nội dung buổi làm việc thứ nhất.");
    }
}
