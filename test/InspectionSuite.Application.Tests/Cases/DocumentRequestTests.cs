using System.Security.Cryptography;
using System.Text;
using InspectionSuite.Cases;
using InspectionSuite.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

public sealed class DocumentRequestTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<T> Requests<T>(string user, Func<IDocumentRequestAppService, Task<T>> work)
        => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<IDocumentRequestAppService>()));

    private Task<DocumentRequestListDto> List(Guid caseId, string user = "inspector") => Requests(user, s => s.GetListAsync(caseId));

    private async Task<(CaseDto Case, DocumentRequestDto Request)> OpenRequest(string unitCode = "P01", bool withSecondInspector = true)
    {
        var c = await fixture.CaseIn(CaseStates.OnSite, unitCode: unitCode, withSecondInspector: withSecondInspector);
        var request = await Requests("inspector", s => s.CreateAsync(c.Id,
            new CreateDocumentRequestDto("Danh sách cuộc họp năm 2026", "Kèm giấy mời", fixture.Today.AddDays(5), c.ConcurrencyStamp)));
        return (await fixture.Get(c.Id), request);
    }

    /// <summary>The smallest content that passes the PDF signature check.</summary>
    private static readonly byte[] Pdf = "%PDF-1.4\n"u8.ToArray();

    private static FileUploadDto File(string name, string type, byte[] bytes) => new(name, type, bytes.Length, new MemoryStream(bytes));

    private int StoredFileCount()
        => System.IO.Directory.Exists(fixture.EvidenceDirectory) ? System.IO.Directory.GetFiles(fixture.EvidenceDirectory, "*", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public async Task Should_let_a_team_member_ask_the_unit_for_documents()
    {
        var (c, request) = await OpenRequest();

        request.Status.ShouldBe(DocumentRequestStatus.Open);
        request.RequestedBy.ShouldBe(await fixture.UserIdAsync("inspector"));
        request.DueDate.ShouldBe(fixture.Today.AddDays(5));
        var list = await List(c.Id, "unitrep");
        list.Items.Single().Title.ShouldBe("Danh sách cuộc họp năm 2026");
        list.CanAnswer.ShouldBeTrue();
        list.CanManage.ShouldBeFalse();
        (await List(c.Id, "inspector")).CanManage.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_store_the_units_answer_with_its_files_as_hashed_evidence()
    {
        var (c, request) = await OpenRequest();
        var minutes = Encoding.UTF8.GetBytes("%PDF-1.4 Danh sách 42 cuộc họp");
        var invitation = Encoding.UTF8.GetBytes("Giấy mời họp trực tuyến");

        var answered = await Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Gửi đoàn danh sách và giấy mời.",
            [File("danh-sach-hop.pdf", "application/pdf", minutes), File("giay-moi.txt", "text/plain; charset=utf-8", invitation)], c.ConcurrencyStamp)));

        answered.Status.ShouldBe(DocumentRequestStatus.Answered);
        var answer = answered.Answers.ShouldHaveSingleItem();
        answer.Note.ShouldBe("Gửi đoàn danh sách và giấy mời.");
        answer.AnsweredBy.ShouldBe(await fixture.UserIdAsync("unitrep"));
        answer.Files.Select(f => f.FileName).ShouldBe(["danh-sach-hop.pdf", "giay-moi.txt"], ignoreOrder: true);
        answer.Files.Single(f => f.FileName == "giay-moi.txt").ContentType.ShouldBe("text/plain");
        answer.Files.Single(f => f.FileName == "danh-sach-hop.pdf").Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(minutes)));
        // The files are the case's evidence too, downloadable by the team.
        var evidence = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IEvidenceAppService>().GetListAsync(c.Id));
        evidence.Select(e => e.Id).ShouldBe(answer.Files.Select(f => f.Id), ignoreOrder: true);
        var opened = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<IEvidenceAppService>().OpenAsync(c.Id, answer.Files.First(f => f.FileName == "giay-moi.txt").Id));
        await using (opened.Content)
        {
            using var ms = new MemoryStream();
            await opened.Content.CopyToAsync(ms);
            ms.ToArray().ShouldBe(invitation);
        }
    }

    [Fact]
    public async Task Should_accept_an_answer_and_then_refuse_further_answers()
    {
        var (c, request) = await OpenRequest();
        await Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Đã có văn bản số 12/BC.", [], c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);

        var accepted = await Requests("inspector2", s => s.AcceptAsync(c.Id, request.Id, new AcceptDocumentRequestDto(c.ConcurrencyStamp)));

        accepted.Status.ShouldBe(DocumentRequestStatus.Accepted);
        accepted.AcceptedOn.ShouldBe(fixture.Today);
        c = await fixture.Get(c.Id);
        var error = await Should.ThrowAsync<BusinessException>(() => Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Bổ sung", [], c.ConcurrencyStamp))));
        error.Code.ShouldBe(CaseErrorCodes.DocumentRequestNotAwaitingAnswer);
        (await List(c.Id)).Items.Single().Answers.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_return_an_answer_with_a_reason_and_take_the_units_second_answer()
    {
        var (c, request) = await OpenRequest();
        await Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Bản nháp", [], c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);

        var noReason = await Should.ThrowAsync<InputValidationException>(() => Requests("inspector", s => s.ReturnAsync(c.Id, request.Id, new ReturnDocumentRequestDto("  ", c.ConcurrencyStamp))));
        noReason.Errors.ShouldContainKey("Reason");
        var returned = await Requests("inspector", s => s.ReturnAsync(c.Id, request.Id, new ReturnDocumentRequestDto("Thiếu giấy mời các cuộc họp quý I", c.ConcurrencyStamp)));
        returned.Status.ShouldBe(DocumentRequestStatus.Returned);
        returned.ReturnReason.ShouldBe("Thiếu giấy mời các cuộc họp quý I");

        c = await fixture.Get(c.Id);
        var again = await Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput(null,
            [File("giay-moi-quy-1.pdf", "application/pdf", Pdf)], c.ConcurrencyStamp)));
        again.Status.ShouldBe(DocumentRequestStatus.Answered);
        again.Answers.Count.ShouldBe(2);
        again.Answers[1].Files.ShouldHaveSingleItem().FileName.ShouldBe("giay-moi-quy-1.pdf");
    }

    [Fact]
    public async Task Should_refuse_accepting_or_returning_a_request_the_unit_has_not_answered()
    {
        var (c, request) = await OpenRequest();
        var accept = await Should.ThrowAsync<BusinessException>(() => Requests("inspector", s => s.AcceptAsync(c.Id, request.Id, new AcceptDocumentRequestDto(c.ConcurrencyStamp))));
        accept.Code.ShouldBe(CaseErrorCodes.DocumentRequestNotAnswered);
        var back = await Should.ThrowAsync<BusinessException>(() => Requests("inspector", s => s.ReturnAsync(c.Id, request.Id, new ReturnDocumentRequestDto("x", c.ConcurrencyStamp))));
        back.Code.ShouldBe(CaseErrorCodes.DocumentRequestNotAnswered);
        (await List(c.Id)).Items.Single().Status.ShouldBe(DocumentRequestStatus.Open);
    }

    [Fact]
    public async Task Should_refuse_an_empty_answer_and_a_due_date_in_the_past()
    {
        var (c, request) = await OpenRequest();
        var empty = await Should.ThrowAsync<BusinessException>(() => Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("   ", [], c.ConcurrencyStamp))));
        empty.Code.ShouldBe(CaseErrorCodes.DocumentAnswerEmpty);
        var past = await Should.ThrowAsync<BusinessException>(() => Requests("inspector", s => s.CreateAsync(c.Id,
            new CreateDocumentRequestDto("Hồ sơ", null, fixture.Today.AddDays(-1), c.ConcurrencyStamp))));
        past.Code.ShouldBe(CaseErrorCodes.DateRangeInvalid);
        var noTitle = await Should.ThrowAsync<InputValidationException>(() => Requests("inspector", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto(" ", null, null, c.ConcurrencyStamp))));
        noTitle.Errors.ShouldContainKey("Title");
        var list = await List(c.Id);
        list.Items.ShouldHaveSingleItem().Status.ShouldBe(DocumentRequestStatus.Open);
        list.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "application/pdf", 10, CaseErrorCodes.EvidenceFileNameInvalid)]
    [InlineData("virus.exe", "application/x-msdownload", 10, CaseErrorCodes.EvidenceTypeNotAllowed)]
    [InlineData("big.pdf", "application/pdf", CaseFixture.MaxEvidenceBytes + 1, CaseErrorCodes.EvidenceTooLarge)]
    [InlineData("empty.pdf", "application/pdf", 0, CaseErrorCodes.EvidenceEmpty)]
    public async Task Should_refuse_an_answer_with_a_file_that_breaks_the_limits_and_store_none_of_its_files(string name, string type, long size, string code)
    {
        var (c, request) = await OpenRequest();
        var before = StoredFileCount();

        // A good file first: it must not survive the refusal of the bad one.
        var error = await Should.ThrowAsync<BusinessException>(() => Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id,
            new AnswerDocumentRequestInput("Kèm tệp", [File("ok.pdf", "application/pdf", Pdf), File(name, type, new byte[size])], c.ConcurrencyStamp))));

        error.Code.ShouldBe(code);
        StoredFileCount().ShouldBe(before);
        var after = await List(c.Id);
        after.Items.Single().Status.ShouldBe(DocumentRequestStatus.Open);
        after.Items.Single().Answers.ShouldBeEmpty();
        (await fixture.Get(c.Id)).EvidenceCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_remove_stored_files_when_a_stream_is_longer_than_the_limit_or_too_many_files_are_sent()
    {
        var (c, request) = await OpenRequest();
        var before = StoredFileCount();
        var lie = await Should.ThrowAsync<BusinessException>(() => Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput(null,
            [File("ok.pdf", "application/pdf", Pdf), new FileUploadDto("lie.pdf", "application/pdf", 10, new MemoryStream(new byte[CaseFixture.MaxEvidenceBytes * 2]))], c.ConcurrencyStamp))));
        lie.Code.ShouldBe(CaseErrorCodes.EvidenceTooLarge);

        var many = Enumerable.Range(1, CaseConsts.MaxFilesPerSubmission + 1).Select(i => File($"tep-{i}.pdf", "application/pdf", Pdf)).ToList();
        var tooMany = await Should.ThrowAsync<BusinessException>(() => Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput(null, many, c.ConcurrencyStamp))));
        tooMany.Code.ShouldBe(CaseErrorCodes.TooManyFiles);

        StoredFileCount().ShouldBe(before);
        (await List(c.Id)).Items.Single().Answers.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_hide_the_case_from_the_representative_of_another_unit_and_change_nothing()
    {
        var (c, request) = await OpenRequest();
        await EnsureRepresentativeOfAnotherUnitAsync("unitrep-other");

        await Should.ThrowAsync<EntityNotFoundException>(() => List(c.Id, "unitrep-other"));
        await Should.ThrowAsync<EntityNotFoundException>(() => Requests("unitrep-other", s => s.AnswerAsync(c.Id, request.Id,
            new AnswerDocumentRequestInput("Trả lời giả", [File("x.pdf", "application/pdf", Pdf)], c.ConcurrencyStamp))));
        (await Requests("unitrep-other", s => s.GetUnitWorkAsync(new GetUnitCaseWorkInput()))).Items.ShouldNotContain(w => w.CaseId == c.Id);

        var after = await List(c.Id);
        after.Items.Single().Status.ShouldBe(DocumentRequestStatus.Open);
        after.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_hide_the_case_from_an_inspector_outside_the_team_and_change_nothing()
    {
        var (c, request) = await OpenRequest(withSecondInspector: false);
        await Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Đã gửi", [], c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);

        await Should.ThrowAsync<EntityNotFoundException>(() => List(c.Id, "inspector2"));
        await Should.ThrowAsync<EntityNotFoundException>(() => Requests("inspector2", s => s.AcceptAsync(c.Id, request.Id, new AcceptDocumentRequestDto(c.ConcurrencyStamp))));
        await Should.ThrowAsync<EntityNotFoundException>(() => Requests("inspector2", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto("Hồ sơ khác", null, null, c.ConcurrencyStamp))));

        var after = await List(c.Id);
        after.Items.ShouldHaveSingleItem().Status.ShouldBe(DocumentRequestStatus.Answered);
        after.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_refuse_the_team_side_to_the_unit_and_the_unit_side_to_staff_who_only_see_the_case()
    {
        var (c, request) = await OpenRequest();
        // The representative sees the case but does not ask, accept or return.
        await Should.ThrowAsync<ForbiddenException>(() => Requests("unitrep", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto("Tự yêu cầu", null, null, c.ConcurrencyStamp))));
        // A supervisor sees every case but is not on its team; an admin holds every permission but speaks for no unit.
        await Should.ThrowAsync<ForbiddenException>(() => Requests("supervisor", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto("Hồ sơ", null, null, c.ConcurrencyStamp))));
        await Should.ThrowAsync<ForbiddenException>(() => Requests("admin", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto("Hồ sơ", null, null, c.ConcurrencyStamp))));
        await Should.ThrowAsync<ForbiddenException>(() => Requests("admin", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Thay đơn vị", [], c.ConcurrencyStamp))));
        await Should.ThrowAsync<ForbiddenException>(() => Requests("inspector", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Thay đơn vị", [], c.ConcurrencyStamp))));

        var after = await List(c.Id);
        after.Items.ShouldHaveSingleItem().Answers.ShouldBeEmpty();
        after.ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_accept_an_answer_sent_after_the_team_added_another_request()
    {
        // Issue 18: the team's addition since the unit opened the page is no conflict (it used to be refused as stale).
        var (c, request) = await OpenRequest();
        await Requests("inspector", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto("Hồ sơ thứ hai", null, null, c.ConcurrencyStamp)));
        var before = StoredFileCount();

        await Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id,
            new AnswerDocumentRequestInput("Trả lời", [File("a.pdf", "application/pdf", Pdf)], c.ConcurrencyStamp)));

        StoredFileCount().ShouldBe(before + 1);
        var after = await List(c.Id);
        after.Items.Single(r => r.Id == request.Id).Status.ShouldBe(DocumentRequestStatus.Answered);
        after.Items.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_list_the_units_cases_with_requests_to_answer_and_recommendations_to_report_on()
    {
        var (withRequest, _) = await OpenRequest();
        var followUp = await fixture.CaseIn(CaseStates.Sanctioning);
        await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>().IssueAsync(followUp.Id,
            new IssueSanctionDto(SanctionType.CorrectiveRecommendation, "Văn phòng", null, fixture.Today.AddDays(30), "Chánh Văn phòng", followUp.ConcurrencyStamp)));
        var quiet = await fixture.CaseIn(CaseStates.OnSite);

        var work = await Requests("unitrep", s => s.GetUnitWorkAsync(new GetUnitCaseWorkInput { MaxResultCount = 200 }));

        var request = work.Items.Single(w => w.CaseId == withRequest.Id);
        request.RequestsToAnswer.ShouldBe(1);
        request.NextRequestDue.ShouldBe(fixture.Today.AddDays(5));
        var report = work.Items.Single(w => w.CaseId == followUp.Id);
        report.RecommendationsToReport.ShouldBe(1);
        report.NextRecommendationDeadline.ShouldBe(fixture.Today.AddDays(30));
        work.Items.ShouldNotContain(w => w.CaseId == quiet.Id);
        // Staff without a unit get an empty list, not everyone's.
        (await Requests("admin", s => s.GetUnitWorkAsync(new GetUnitCaseWorkInput()))).TotalCount.ShouldBe(0);
        await Should.ThrowAsync<ForbiddenException>(() => Requests("inspector", s => s.GetUnitWorkAsync(new GetUnitCaseWorkInput())));
    }

    [Fact]
    public async Task Should_link_implementation_report_attachments_to_the_report_and_store_nothing_when_refused()
    {
        var c = await fixture.CaseIn(CaseStates.Sanctioning);
        var sanction = await fixture.RunAsAsync("inspector", sp => sp.GetRequiredService<ISanctionAppService>().IssueAsync(c.Id,
            new IssueSanctionDto(SanctionType.Recovery, "Kế toán", 10_000_000m, fixture.Today.AddDays(30), "Thủ trưởng", c.ConcurrencyStamp)));
        c = await fixture.Get(c.Id);
        var receipt = Encoding.UTF8.GetBytes("%PDF-1.4 Giấy nộp tiền");
        var before = StoredFileCount();

        var refused = await Should.ThrowAsync<BusinessException>(() => fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<IFollowUpAppService>().ReportImplementationAsync(c.Id,
            new ReportImplementationDto(sanction.Id, ImplementationStatus.PartlyDone, 4_000_000m, "Nộp một phần", c.ConcurrencyStamp),
            [File("giay-nop-tien.pdf", "application/pdf", receipt), File("script.html", "text/html", [1])])));
        refused.Code.ShouldBe(CaseErrorCodes.EvidenceTypeNotAllowed);
        StoredFileCount().ShouldBe(before);

        var followUp = await fixture.RunAsAsync("unitrep", sp => sp.GetRequiredService<IFollowUpAppService>().ReportImplementationAsync(c.Id,
            new ReportImplementationDto(sanction.Id, ImplementationStatus.PartlyDone, 4_000_000m, "Nộp một phần", c.ConcurrencyStamp),
            [File("giay-nop-tien.pdf", "application/pdf", receipt)]));

        var report = followUp.Reports.ShouldHaveSingleItem();
        var attachment = report.Attachments.ShouldHaveSingleItem();
        attachment.FileName.ShouldBe("giay-nop-tien.pdf");
        attachment.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(receipt)));
        followUp.AmountRecoveredVnd.ShouldBe(4_000_000m);
        StoredFileCount().ShouldBe(before + 1);
    }

    private Task EnsureRepresentativeOfAnotherUnitAsync(string userName)
        => fixture.RunAsAsync("admin", async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is not null) return;
            var user = new AppUser { UserName = userName, FullName = "Đại diện đơn vị khác", UnitId = await fixture.OtherUnitIdAsync() };
            (await users.CreateAsync(user, "Demo@2026!")).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, InspectionSuiteRoles.UnitRepresentative)).Succeeded.ShouldBeTrue();
        });
}
