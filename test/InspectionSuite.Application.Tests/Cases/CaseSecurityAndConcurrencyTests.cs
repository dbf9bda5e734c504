using System.Security.Cryptography;
using System.Text;
using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

public sealed class CaseSecurityAndConcurrencyTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    [Fact]
    public async Task Should_let_one_of_two_concurrent_supervisors_win_and_lose_nothing()
    {
        var c = await fixture.NewCase();
        var seenByA = await fixture.Get(c.Id, "supervisor");
        var seenByB = await fixture.Get(c.Id, "supervisor");

        await fixture.Cases("supervisor", s => s.UpdateAsync(c.Id, new UpdateCaseDto("Chủ đề A", null, null, null, null, seenByA.ConcurrencyStamp)));
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            fixture.Cases("supervisor", s => s.UpdateAsync(c.Id, new UpdateCaseDto("Chủ đề B", null, null, null, null, seenByB.ConcurrencyStamp))));
        (await fixture.Get(c.Id)).Subject.ShouldBe("Chủ đề A");

        // Same for parts of the aggregate: a stale stamp on a child change is a conflict too.
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            fixture.Cases("supervisor", s => s.RecordDecisionAsync(c.Id, new RecordDecisionDto("99/QĐ", fixture.Today, "X", seenByB.ConcurrencyStamp))));
        (await fixture.Get(c.Id)).Decision.Number.ShouldBe("01/QĐ-TTr");

        // Truly concurrent: both requests race; exactly one wins.
        var fresh = await fixture.Get(c.Id);
        var results = await Task.WhenAll(
            Try(() => fixture.Cases("supervisor", s => s.UpdateAsync(c.Id, new UpdateCaseDto("Song song 1", null, null, null, null, fresh.ConcurrencyStamp)))),
            Try(() => fixture.Cases("supervisor", s => s.UpdateAsync(c.Id, new UpdateCaseDto("Song song 2", null, null, null, null, fresh.ConcurrencyStamp)))));
        results.Count(r => r is null).ShouldBe(1);
        results.Single(r => r is not null).ShouldBeOfType<ConcurrencyConflictException>();
        (await fixture.Get(c.Id)).Subject.ShouldBeOneOf("Song song 1", "Song song 2");
    }

    [Fact]
    public async Task Should_refuse_a_trigger_fired_with_a_stale_workflow_version()
    {
        var c = await fixture.NewCase();
        var stale = c.WorkflowVersion;
        await fixture.Fire(c.Id, CaseTriggers.Decide, "leader");
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            fixture.Cases("supervisor", s => s.FireAsync(c.Id, CaseTriggers.Cancel, new FireTriggerDto(stale, "lý do"))));
        (await fixture.Get(c.Id)).State.ShouldBe(CaseStates.Decided);
    }

    [Fact]
    public async Task Should_hide_other_units_cases_from_a_unit_representative()
    {
        // A check: the unit sees it from the start (an inspection only from its announcement, issue 14).
        var mine = await fixture.NewCase(CaseKind.Check, unitCode: "P01");
        var otherUnit = await fixture.RunAsAsync("admin", async sp =>
        {
            var units = sp.GetRequiredService<IRepository<global::InspectionSuite.Organization.Unit>>();
            return await units.FirstOrDefaultAsync(units.Query().Where(u => u.Code != "P01").OrderBy(u => u.Code).Select(u => u.Code));
        });
        var theirs = await fixture.NewCase(unitCode: otherUnit!);

        (await fixture.Get(mine.Id, "unitrep")).Id.ShouldBe(mine.Id);
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.Get(theirs.Id, "unitrep"));
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<IFindingAppService>().GetListAsync(theirs.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.Cases("unitrep", s => s.GetTriggersAsync(theirs.Id)));
        var list = await fixture.Cases("unitrep", s => s.GetListAsync(new GetCaseListInput { MaxResultCount = 200 }));
        list.Items.ShouldContain(i => i.Id == mine.Id);
        list.Items.ShouldAllBe(i => i.UnitCode == "P01");
        // Seeing is not editing.
        await Should.ThrowAsync<ForbiddenException>(() => fixture.Cases("unitrep", s => s.UpdateAsync(mine.Id, new UpdateCaseDto("x", null, null, null, null, mine.ConcurrencyStamp))));
    }

    [Fact]
    public async Task Should_hide_a_case_from_an_inspector_outside_its_team()
    {
        var c = await fixture.NewCase(withSecondInspector: false);
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.Get(c.Id, "inspector2"));
        await Should.ThrowAsync<EntityNotFoundException>(() => fixture.Cases("inspector2", s => s.AddDiaryEntryAsync(c.Id, new AddDiaryEntryDto(fixture.Today, "x", c.ConcurrencyStamp))));
        (await fixture.Cases("inspector2", s => s.GetListAsync(new GetCaseListInput { MaxResultCount = 200 }))).Items.ShouldNotContain(i => i.Id == c.Id);
        (await fixture.Get(c.Id, "inspector")).Id.ShouldBe(c.Id);
    }

    [Fact]
    public async Task Should_store_evidence_outside_the_database_under_a_generated_name_with_its_hash()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.4 Biên bản làm việc ngày 01/06/2026");
        var dto = await Upload(c, "bien-ban.pdf", "application/pdf", bytes);
        dto.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        dto.SizeBytes.ShouldBe(bytes.Length);
        var files = System.IO.Directory.GetFiles(fixture.EvidenceDirectory, "*", SearchOption.AllDirectories);
        files.Length.ShouldBe(1);
        Path.GetFileName(files[0]).ShouldNotContain("bien-ban");
        var opened = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IEvidenceAppService>().OpenAsync(c.Id, dto.Id));
        await using (opened.Content)
        {
            using var ms = new MemoryStream();
            await opened.Content.CopyToAsync(ms);
            ms.ToArray().ShouldBe(bytes);
        }
        opened.FileName.ShouldBe("bien-ban.pdf");
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "application/pdf", 10, CaseErrorCodes.EvidenceFileNameInvalid)]
    [InlineData("..\\..\\boot.pdf", "application/pdf", 10, CaseErrorCodes.EvidenceFileNameInvalid)]
    [InlineData("/etc/passwd.pdf", "application/pdf", 10, CaseErrorCodes.EvidenceFileNameInvalid)]
    [InlineData("report.exe.pdf", "application/pdf", 10, CaseErrorCodes.EvidenceFileNameInvalid)]
    [InlineData("report.pdf.exe", "application/octet-stream", 10, CaseErrorCodes.EvidenceFileNameInvalid)]
    [InlineData("virus.exe", "application/x-msdownload", 10, CaseErrorCodes.EvidenceTypeNotAllowed)]
    [InlineData("page.html", "text/html", 10, CaseErrorCodes.EvidenceTypeNotAllowed)]
    [InlineData("photo.png", "application/pdf", 10, CaseErrorCodes.EvidenceTypeNotAllowed)]
    [InlineData("big.pdf", "application/pdf", CaseFixture.MaxEvidenceBytes + 1, CaseErrorCodes.EvidenceTooLarge)]
    [InlineData("empty.pdf", "application/pdf", 0, CaseErrorCodes.EvidenceEmpty)]
    public async Task Should_refuse_evidence_that_breaks_the_limits_and_store_nothing(string name, string type, long size, string code)
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var before = System.IO.Directory.Exists(fixture.EvidenceDirectory) ? System.IO.Directory.GetFiles(fixture.EvidenceDirectory, "*", SearchOption.AllDirectories).Length : 0;
        var error = await Should.ThrowAsync<BusinessException>(() => Upload(c, name, type, new byte[size]));
        error.Code.ShouldBe(code);
        (await fixture.Get(c.Id)).EvidenceCount.ShouldBe(0);
        var after = System.IO.Directory.Exists(fixture.EvidenceDirectory) ? System.IO.Directory.GetFiles(fixture.EvidenceDirectory, "*", SearchOption.AllDirectories).Length : 0;
        after.ShouldBe(before);
    }

    [Fact]
    public async Task Should_refuse_a_stream_longer_than_declared_and_the_limit()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var error = await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IEvidenceAppService>()
            .UploadAsync(c.Id, new UploadEvidenceInput("lie.pdf", "application/pdf", 10, new MemoryStream(new byte[CaseFixture.MaxEvidenceBytes * 2]), null, null, c.ConcurrencyStamp))));
        error.Code.ShouldBe(CaseErrorCodes.EvidenceTooLarge);
        (await fixture.Get(c.Id)).EvidenceCount.ShouldBe(0);
    }

    private Task<EvidenceFileDto> Upload(CaseDto c, string name, string type, byte[] bytes)
        => fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IEvidenceAppService>()
            .UploadAsync(c.Id, new UploadEvidenceInput(name, type, bytes.Length, new MemoryStream(bytes), fixture.Today, null, c.ConcurrencyStamp)));

    private static async Task<Exception?> Try(Func<Task> work)
    {
        try { await work(); return null; }
        catch (Exception ex) { return ex; }
    }
}
