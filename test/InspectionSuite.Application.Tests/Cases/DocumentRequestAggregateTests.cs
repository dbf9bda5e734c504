using InspectionSuite.Cases;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Cases;

/// <summary>
/// A document request is its own aggregate keyed by its case (issue 19 item 5): its own concurrency stamp guards it, the
/// case's stamp is left alone by request work without files, and the rules that need the case still hold.
/// </summary>
public sealed class DocumentRequestAggregateTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<T> Requests<T>(string user, Func<IDocumentRequestAppService, Task<T>> work)
        => fixture.RunAsAsync(user, sp => work(sp.GetRequiredService<IDocumentRequestAppService>()));

    private async Task<(CaseDto Case, DocumentRequestDto Request)> AnsweredRequestAsync()
    {
        var c = await fixture.CaseIn(CaseStates.OnSite);
        var request = await Requests("inspector", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto("Sổ kế toán năm 2026", null, fixture.Today.AddDays(5), c.ConcurrencyStamp)));
        await Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Đã gửi bản sao.", [], c.ConcurrencyStamp)));
        return (c, request);
    }

    [Fact]
    public async Task Should_leave_the_case_stamp_as_it_was_when_a_request_is_asked_answered_without_files_returned_and_accepted()
    {
        var (c, request) = await AnsweredRequestAsync();
        await Requests("inspector2", s => s.ReturnAsync(c.Id, request.Id, new ReturnDocumentRequestDto("Thiếu trang 3", c.ConcurrencyStamp)));
        await Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id, new AnswerDocumentRequestInput("Bổ sung trang 3.", [], c.ConcurrencyStamp)));
        await Requests("inspector", s => s.AcceptAsync(c.Id, request.Id, new AcceptDocumentRequestDto(c.ConcurrencyStamp)));

        // A team member's page read before all this still edits the case without a conflict (the case was not changed).
        (await fixture.Get(c.Id)).ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);
        var list = await Requests("inspector", s => s.GetListAsync(c.Id));
        list.Items.ShouldHaveSingleItem().Status.ShouldBe(DocumentRequestStatus.Accepted);
        list.Items.Single().Answers.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_refuse_a_decision_made_on_a_request_another_member_decided_meanwhile_and_keep_the_first()
    {
        var (c, request) = await AnsweredRequestAsync();

        var conflict = await fixture.RunAsAsync("inspector", async sp =>
        {
            // inspector reads the answered request…
            var cases = sp.GetRequiredService<IRepository<InspectionCase>>();
            var requests = sp.GetRequiredService<IRepository<DocumentRequest>>();
            var @case = await cases.GetAsync(c.Id);
            var read = await requests.GetAsync(request.Id);
            // …inspector2 accepts it in the meantime…
            await Requests("inspector2", s => s.AcceptAsync(c.Id, request.Id, new AcceptDocumentRequestDto(c.ConcurrencyStamp)));
            // …and inspector returns what they read: the request's own stamp refuses it.
            DocumentRequestManager.Return(@case, read, "Thiếu chữ ký");
            return await Should.ThrowAsync<ConcurrencyConflictException>(() => sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync());
        });

        conflict.ShouldNotBeNull();
        var kept = (await Requests("inspector", s => s.GetListAsync(c.Id))).Items.ShouldHaveSingleItem();
        kept.Status.ShouldBe(DocumentRequestStatus.Accepted);
        kept.ReturnReason.ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_asking_answering_and_deciding_on_a_cancelled_case_and_change_nothing()
    {
        var c = await fixture.CaseIn(CaseStates.Planned);
        var request = await Requests("inspector", s => s.CreateAsync(c.Id, new CreateDocumentRequestDto("Danh sách cán bộ", null, null, c.ConcurrencyStamp)));
        c = await fixture.Fire(c.Id, CaseTriggers.Cancel, "supervisor", "trùng nội dung");
        c.State.ShouldBe(CaseStates.Cancelled);

        // The unit no longer sees a cancelled case (404); the domain service refuses the answer itself too.
        (await Should.ThrowAsync<BusinessException>(() => Requests("unitrep", s => s.AnswerAsync(c.Id, request.Id,
            new AnswerDocumentRequestInput("Gửi đoàn", [], c.ConcurrencyStamp))))).Code.ShouldBe(InspectionSuiteErrorCodes.EntityNotFound);
        var answerRefused = await fixture.RunAsAsync("supervisor", async sp =>
        {
            var @case = await sp.GetRequiredService<IRepository<InspectionCase>>().GetAsync(c.Id);
            var read = await sp.GetRequiredService<IRepository<DocumentRequest>>().GetAsync(request.Id);
            return Should.Throw<BusinessException>(() => DocumentRequestManager.Answer(@case, read, "Gửi đoàn", [], null, DateTime.UtcNow));
        });
        answerRefused.Code.ShouldBe(CaseErrorCodes.WrongState);
        (await Should.ThrowAsync<BusinessException>(() => Requests("inspector", s => s.CreateAsync(c.Id,
            new CreateDocumentRequestDto("Sổ quỹ", null, null, c.ConcurrencyStamp))))).Code.ShouldBe(CaseErrorCodes.WrongState);
        (await Should.ThrowAsync<BusinessException>(() => Requests("inspector", s => s.AcceptAsync(c.Id, request.Id,
            new AcceptDocumentRequestDto(c.ConcurrencyStamp))))).Code.ShouldBe(CaseErrorCodes.WrongState);

        var list = await Requests("inspector", s => s.GetListAsync(c.Id));
        list.Items.ShouldHaveSingleItem().Status.ShouldBe(DocumentRequestStatus.Open);
        list.Items.Single().Answers.ShouldBeEmpty();
        (await fixture.Get(c.Id)).ConcurrencyStamp.ShouldBe(c.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_answer_not_found_for_a_request_of_another_case_and_change_neither()
    {
        var (c, request) = await AnsweredRequestAsync();
        var other = await fixture.CaseIn(CaseStates.OnSite);

        (await Should.ThrowAsync<BusinessException>(() => Requests("inspector", s => s.AcceptAsync(other.Id, request.Id,
            new AcceptDocumentRequestDto(other.ConcurrencyStamp))))).Code.ShouldBe(InspectionSuiteErrorCodes.EntityNotFound);

        (await Requests("inspector", s => s.GetListAsync(c.Id))).Items.ShouldHaveSingleItem().Status.ShouldBe(DocumentRequestStatus.Answered);
        (await Requests("inspector", s => s.GetListAsync(other.Id))).Items.ShouldBeEmpty();
    }
}
