using InspectionSuite.Auditing;
using System.Security.Cryptography;
using System.Text;
using InspectionSuite.Documents;
using InspectionSuite.EntityFrameworkCore;
using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Application.Tests.Documents.Rendering;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Register;

/// <summary>
/// Issue 16: the document register (sổ đăng ký văn bản) on a real SQLite file: numbers per body and year without
/// duplicate or gap under concurrent issuing, issued files frozen (same bytes and hash after the case changes), drafts
/// marked and never numbered, corrections as new entries, a cancelled case's entries marked.
/// </summary>
public sealed class DocumentRegisterTests(CommandCountingCaseFixture fixture) : IClassFixture<CommandCountingCaseFixture>
{
    // Without LibreOffice unless a test wants the PDF: converting is seconds per document.
    private static readonly LibreOfficePdfConverter NoPdf = new("/nonexistent/soffice");

    private Task<T> Documents<T>(string user, Func<ICaseDocumentAppService, Task<T>> work, LibreOfficePdfConverter? pdf = null)
        => fixture.RunAsAsync(user, sp => work(ActivatorUtilities.CreateInstance<CaseDocumentAppService>(sp, pdf ?? NoPdf)));

    private Task<PagedResultDto<IssuedDocumentDto>> RegisterOf(AuthorityCode authority, int year, int page = 1)
        => fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IDocumentRegisterAppService>().GetListAsync(new GetRegisterInput(authority, year, page)));

    private static RegisterEntryRequest Entry(AuthorityCode authority, int year, string title) => new(
        authority, new DateOnly(year, 3, 1), authority == AuthorityCode.ThanhTra ? "QĐ-TTr" : "TB-SNV", "test-kind", null, null, title, "test", "test.docx", null);

    [Fact]
    public async Task Should_number_consecutively_per_body_and_year_without_duplicate_or_gap_under_concurrent_issuing()
    {
        const int perTask = 12;
        // Two writers on the same body and year, a third on another body, at the same time, each in its own scope and connection.
        async Task<List<int>> Issue(AuthorityCode authority, string who) 
        {
            var numbers = new List<int>();
            for (var i = 0; i < perTask; i++)
            {
                var entry = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<DocumentRegister>()
                    .IssueAsync(Entry(authority, 2031, $"{who} {i}"), n => Task.FromResult(Encoding.UTF8.GetBytes($"Số: {n} ({who} {i})"))));
                numbers.Add(entry.Number);
            }
            return numbers;
        }
        var results = await Task.WhenAll(Task.Run(() => Issue(AuthorityCode.ThanhTra, "A")), Task.Run(() => Issue(AuthorityCode.ThanhTra, "B")),
            Task.Run(() => Issue(AuthorityCode.NoiVu, "C")));

        results[0].Concat(results[1]).Order().ShouldBe(Enumerable.Range(1, 2 * perTask)); // no duplicate, no gap
        results[2].ShouldBe(Enumerable.Range(1, perTask)); // the other body has its own numbers
        // Each stored file carries the number its entry has (the file was made again when a number was taken first).
        var register = await RegisterOf(AuthorityCode.ThanhTra, 2031, 1);
        register.TotalCount.ShouldBe(2 * perTask);
        var files = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var s = sp.GetRequiredService<IDocumentRegisterAppService>();
            var list = new List<(IssuedDocumentDto Entry, string Text)>();
            foreach (var e in register.Items) list.Add((e, Encoding.UTF8.GetString((await s.GetFileAsync(e.Id, false)).Content)));
            return list;
        });
        files.ShouldAllBe(f => f.Text.StartsWith("Số: " + f.Entry.NumberAndSymbol + " ", StringComparison.Ordinal));
        // A new year starts again at 01.
        (await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<DocumentRegister>()
            .IssueAsync(Entry(AuthorityCode.ThanhTra, 2032, "new year"), n => Task.FromResult(Encoding.UTF8.GetBytes(n))))).NumberAndSymbol.ShouldBe("01/QĐ-TTr");
    }

    [Fact]
    public async Task Should_number_case_documents_issued_at_the_same_time_from_one_register()
    {
        var first = await fixture.NewCase(CaseKind.Check, "P01");
        var second = await fixture.NewCase(CaseKind.Check, "P02");
        var year = fixture.Today.Year;
        var before = (await RegisterOf(AuthorityCode.NoiVu, year)).TotalCount;

        var issued = await Task.WhenAll(
            Task.Run(() => Documents("supervisor", s => s.IssueAsync(first.Id, DocumentKind.CheckDecision))),
            Task.Run(() => Documents("supervisor", s => s.IssueAsync(second.Id, DocumentKind.CheckDecision))));

        issued.Select(d => d.Number).Order().ShouldBe([before + 1, before + 2]);
        issued.ShouldAllBe(d => d.NumberAndSymbol.EndsWith("/QĐ-SNV", StringComparison.Ordinal));
        foreach (var d in issued)
        {
            var file = await Documents("supervisor", s => s.GenerateAsync(d.CaseId!.Value, DocumentKind.CheckDecision));
            var text = DocumentTestData.Text(file.Content);
            text.ShouldContain("Số: " + d.NumberAndSymbol); // the number as registered, not the one recorded on the case
            text.ShouldNotContain(CaseDocumentFields.DraftMark);
            Convert.ToHexString(SHA256.HashData(file.Content)).ToLowerInvariant().ShouldBe(d.DocxSha256);
            DocumentTestData.ValidationErrors(file.Content).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Should_return_the_issued_file_byte_for_byte_after_the_case_data_changes()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01");
        c = await fixture.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Nội dung kế hoạch đã ban hành.", c.ConcurrencyStamp)));
        var issued = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.CaseWorkPlan));
        var atIssue = await Documents("supervisor", s => s.GenerateAsync(c.Id, DocumentKind.CaseWorkPlan));
        DocumentTestData.Text(atIssue.Content).ShouldContain("Số: " + issued.NumberAndSymbol);
        issued.NumberAndSymbol.ShouldEndWith("/KH-TTr");

        c = await fixture.Get(c.Id);
        c = await fixture.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Nội dung sửa sau khi ban hành.", c.ConcurrencyStamp)));
        var later = await Documents("inspector", s => s.GenerateAsync(c.Id, DocumentKind.CaseWorkPlan));

        later.Content.ShouldBe(atIssue.Content); // byte for byte
        Convert.ToHexString(SHA256.HashData(later.Content)).ToLowerInvariant().ShouldBe(issued.DocxSha256);
        DocumentTestData.Text(later.Content).ShouldNotContain("Nội dung sửa sau khi ban hành.");
        // The register keeps the same hash, and its download is the same file.
        var entry = (await RegisterOf(AuthorityCode.ThanhTra, issued.Year, 1)).Items.Single(e => e.Id == issued.Id);
        entry.DocxSha256.ShouldBe(issued.DocxSha256);
        (await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IDocumentRegisterAppService>().GetFileAsync(issued.Id, false))).Content.ShouldBe(atIssue.Content);
        // The case page lists it as issued.
        (await Documents("inspector", s => s.GetAvailableAsync(c.Id))).Single(d => d.Kind == DocumentKind.CaseWorkPlan).Issued!.Id.ShouldBe(issued.Id);
    }

    [Fact]
    public async Task Should_mark_drafts_and_never_give_them_a_number()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01");
        var year = fixture.Today.Year;
        var before = (await RegisterOf(AuthorityCode.ThanhTra, year)).TotalCount;

        var draft = await Documents("inspector", s => s.GenerateAsync(c.Id, DocumentKind.InspectionDecision));
        await Documents("inspector", s => s.GenerateAsync(c.Id, DocumentKind.InspectionDecision));

        DocumentTestData.Text(draft.Content).Split('\n')[0].ShouldBe(CaseDocumentFields.DraftMark);
        (await RegisterOf(AuthorityCode.ThanhTra, year)).TotalCount.ShouldBe(before);
        // Issuing is the văn thư's / leadership's: an inspector without Documents.Issue is refused and nothing is numbered.
        await Should.ThrowAsync<ForbiddenException>(() => Documents("inspector", s => s.IssueAsync(c.Id, DocumentKind.InspectionDecision)));
        (await RegisterOf(AuthorityCode.ThanhTra, year)).TotalCount.ShouldBe(before);
    }

    [Fact]
    public async Task Should_refuse_issuing_twice_and_issue_a_correction_as_a_new_document_that_supersedes_the_old()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01");
        c = await fixture.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Kế hoạch tiến hành.", c.ConcurrencyStamp)));
        var first = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.InspectionDecision));
        var frozen = await Documents("supervisor", s => s.GenerateAsync(c.Id, DocumentKind.InspectionDecision));

        var again = await Should.ThrowAsync<BusinessException>(() => Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.InspectionDecision)));
        again.Code.ShouldBe(DocumentErrorCodes.DocumentAlreadyIssued);
        var wrongTarget = await Should.ThrowAsync<BusinessException>(() => Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.InspectionDecision, Guid.NewGuid())));
        wrongTarget.Code.ShouldBe(DocumentErrorCodes.CorrectionTargetInvalid);

        var (correction, commands) = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var context = sp.GetRequiredService<InspectionSuiteDbContext>();
            var watched = fixture.Recorder.Watch(context);
            var issued = await ActivatorUtilities.CreateInstance<CaseDocumentAppService>(sp, NoPdf).IssueAsync(c.Id, DocumentKind.InspectionDecision, first.Id);
            fixture.Recorder.Stop(context);
            return (issued, watched);
        });
        // The corrected entry is read and superseded without reading its files (only the new entry's are written).
        var reads = commands.Where(q => q.TrimStart().StartsWith("SELECT") && q.Contains("\"IssuedDocuments\"")).ToList();
        reads.ShouldNotBeEmpty();
        reads.ShouldNotContain(q => q.Contains("\"Docx\"") || q.Contains("\"Pdf\""), string.Join("\n---\n", reads));
        correction.Number.ShouldBeGreaterThan(first.Number);
        correction.CorrectsId.ShouldBe(first.Id);
        var entries = (await RegisterOf(AuthorityCode.ThanhTra, first.Year)).Items;
        entries.Single(e => e.Id == first.Id).Status.ShouldBe(IssuedDocumentStatus.Superseded);
        entries.Single(e => e.Id == correction.Id).Status.ShouldBe(IssuedDocumentStatus.Issued);
        // The old file is kept as it was; the case's document is now the correction.
        (await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IDocumentRegisterAppService>().GetFileAsync(first.Id, false))).Content.ShouldBe(frozen.Content);
        DocumentTestData.Text((await Documents("supervisor", s => s.GenerateAsync(c.Id, DocumentKind.InspectionDecision))).Content).ShouldContain("Số: " + correction.NumberAndSymbol);
        // The other documents of the case cite the decision as registered.
        DocumentTestData.Text((await Documents("supervisor", s => s.GenerateAsync(c.Id, DocumentKind.CaseWorkPlan))).Content).ShouldContain(correction.NumberAndSymbol);
    }

    [Fact]
    public async Task Should_mark_a_cancelled_cases_issued_documents_in_the_register_and_keep_their_files()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01");
        c = await fixture.Cases("inspector", s => s.RecordWorkPlanAsync(c.Id, new RecordWorkPlanDto("Kế hoạch tiến hành.", c.ConcurrencyStamp)));
        var issued = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.InspectionDecision));
        var file = await Documents("supervisor", s => s.GenerateAsync(c.Id, DocumentKind.InspectionDecision));

        var version = (await fixture.Get(c.Id, "admin")).WorkflowVersion;
        var (cancelled, commands) = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var context = sp.GetRequiredService<InspectionSuiteDbContext>();
            var watched = fixture.Recorder.Watch(context);
            var dto = await sp.GetRequiredService<ICaseAppService>().FireAsync(c.Id, CaseTriggers.Cancel, new FireTriggerDto(version, "trùng nội dung với cuộc thanh tra khác"));
            fixture.Recorder.Stop(context);
            return (dto, watched);
        });
        c = cancelled;
        c.State.ShouldBe(CaseStates.Cancelled);
        // Marking the entries reads and writes their status, never their files.
        commands.ShouldContain(q => q.Contains("\"IssuedDocuments\""));
        commands.ShouldNotContain(q => q.Contains("\"Docx\"") || q.Contains("\"Pdf\""), string.Join("\n---\n", commands.Where(q => q.Contains("\"IssuedDocuments\""))));

        (await RegisterOf(AuthorityCode.ThanhTra, issued.Year)).Items.Single(e => e.Id == issued.Id).Status.ShouldBe(IssuedDocumentStatus.Cancelled);
        // Through SaveChanges as before: the entity audit names the change, the audit fields and the stamp are renewed.
        var (audit, entry) = await fixture.RunAsAsync("admin", async sp =>
        {
            var log = sp.GetRequiredService<IRepository<AuditLogRecord>>();
            var documents = sp.GetRequiredService<IRepository<IssuedDocument>>();
            return (await log.ToListAsync(log.Query().Where(r => r.Action == "IssuedDocument.Updated" && r.Target == issued.Id.ToString())),
                await documents.GetAsync(issued.Id));
        });
        audit.ShouldHaveSingleItem().Summary.ShouldBe("Status: Issued → Cancelled");
        entry.LastModifierId.ShouldBe(await fixture.UserIdAsync("supervisor"));
        entry.DocxSha256.ShouldBe(IssuedDocument.Sha256(entry.Docx));
        (await Documents("supervisor", s => s.GetAvailableAsync(c.Id))).Single(d => d.Kind == DocumentKind.InspectionDecision).Issued!.Status.ShouldBe(IssuedDocumentStatus.Cancelled);
        (await Documents("supervisor", s => s.GenerateAsync(c.Id, DocumentKind.InspectionDecision))).Content.ShouldBe(file.Content); // frozen
        // What was never issued prints with the cancelled stamp; nothing more can be issued for the case.
        DocumentTestData.Text((await Documents("supervisor", s => s.GenerateAsync(c.Id, DocumentKind.CaseWorkPlan))).Content).Split('\n')[0].ShouldBe(CaseDocumentFields.CancelledMark);
        var refused = await Should.ThrowAsync<BusinessException>(() => Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.CaseWorkPlan)));
        refused.Code.ShouldBe(CaseErrorCodes.WrongState);
    }

    [LibreOfficeFact]
    public async Task Should_store_the_pdf_at_issue_and_serve_the_same_bytes_later()
    {
        var c = await fixture.NewCase(CaseKind.Check, "P01");
        var issued = await Documents("supervisor", s => s.IssueAsync(c.Id, DocumentKind.CheckDecision), LibreOffice.Converter);
        issued.HasPdf.ShouldBeTrue();

        var pdf = await Documents("supervisor", s => s.GeneratePdfAsync(c.Id, DocumentKind.CheckDecision), LibreOffice.Converter);
        Convert.ToHexString(SHA256.HashData(pdf.Content)).ToLowerInvariant().ShouldBe(issued.PdfSha256);
        var fromRegister = await fixture.RunAsAsync("supervisor", sp => sp.GetRequiredService<IDocumentRegisterAppService>().GetFileAsync(issued.Id, true));
        fromRegister.Content.ShouldBe(pdf.Content);
        fromRegister.ContentType.ShouldBe(GeneratedFile.PdfContentType);
        var read = RenderedPdf.Read(pdf.Content);
        read.Text.ShouldContain("Số: " + issued.NumberAndSymbol);
        read.Text.ShouldNotContain(CaseDocumentFields.DraftMark);
    }
}
