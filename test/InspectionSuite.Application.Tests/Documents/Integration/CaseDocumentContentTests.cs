using InspectionSuite.Documents;
using InspectionSuite.Application.Tests.Cases;
using InspectionSuite.Cases;
using InspectionSuite.Organization;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Documents.Integration;

/// <summary>Issue 16: each kind's content from the right data, as a records office reads it (real cases, real SQLite).</summary>
public sealed class CaseDocumentContentTests(CaseFixture fixture) : IClassFixture<CaseFixture>
{
    private Task<GeneratedFile> Generate(Guid id, DocumentKind kind, string user = "inspector")
        => fixture.RunAsAsync(user, sp => sp.GetRequiredService<ICaseDocumentAppService>().GenerateAsync(id, kind));

    private static readonly AuthorityProfile ThanhTra = new DocumentOptions().For(AuthorityCode.ThanhTra);
    private static readonly AuthorityProfile NoiVu = new DocumentOptions().For(AuthorityCode.NoiVu);

    [Fact]
    public async Task Should_refuse_a_so_noi_vu_document_signed_by_a_thanh_tra_position_naming_the_field()
    {
        var c = await fixture.NewCase(CaseKind.Check, withDecisionAndTeam: false);
        c = await fixture.Cases("supervisor", s => s.RecordDecisionAsync(c.Id, new RecordDecisionDto("04/QĐ-SNV", fixture.Today, "Chánh Thanh tra tỉnh - Lê Văn Tra", c.ConcurrencyStamp)));

        var error = await Should.ThrowAsync<BusinessException>(() => Generate(c.Id, DocumentKind.CheckDecision, "supervisor"));

        error.Code.ShouldBe(DocumentErrorCodes.SignerNotOfAuthority);
        error.Errors.ShouldNotBeNull().Keys.ShouldBe(["Case.DecisionSigner"]);
    }

    [Theory]
    [InlineData("Chánh Thanh tra tỉnh", "", "Chánh Thanh tra")]
    [InlineData("Chánh Thanh tra", "", "Chánh Thanh tra")]
    [InlineData("Phó Chánh Thanh tra tỉnh", "KT. CHÁNH THANH TRA", "Phó Chánh Thanh tra")]
    [InlineData("Quyền Chánh Thanh tra", "", "Q. Chánh Thanh tra")]
    public void Should_print_the_position_without_the_agency_and_the_authority_to_sign(string written, string prefix, string position)
        => CaseDocumentFields.SignaturePosition(ThanhTra, written).ShouldBe((prefix, position));

    [Theory]
    [InlineData("Chánh Thanh tra tỉnh")]
    [InlineData("Trưởng phòng")]
    public void Should_not_take_a_position_of_another_body(string written)
        => CaseDocumentFields.SignaturePosition(NoiVu, written).ShouldBeNull();

    [Theory]
    [InlineData(null, "BC", "      /BC-SNV")]
    [InlineData("", "KH", "      /KH-SNV")]
    [InlineData("05/KL-SNV", "TB", "05/TB-SNV")]
    [InlineData("12", "QĐ", "12/QĐ-SNV")]
    [InlineData("12/QĐ-GH", "QĐ", "12/QĐ-GH")]
    public void Should_keep_the_symbol_and_give_a_notice_its_own(string? recorded, string kind, string expected)
        => CaseDocumentFields.NumberAndSymbol(recorded, kind, NoiVu).ShouldBe(expected);

    [Fact]
    public async Task Should_title_the_head_of_a_ward_and_write_its_kind_in_lower_case_mid_sentence()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01");
        var text = DocumentTestData.Text((await Generate(c.Id, DocumentKind.InspectionDecision)).Content);
        text.ShouldContain("tại phường Cẩm Thành");
        text.ShouldContain("Chủ tịch UBND phường Cẩm Thành, Trưởng Đoàn thanh tra");
        text.ShouldNotContain("Thủ trưởng");
        var paragraphs = DocumentTestData.Paragraphs((await Generate(c.Id, DocumentKind.InspectionDecision)).Content).ToList();
        var signature = paragraphs.FindLastIndex(p => p == "Nguyễn Văn Chánh");
        signature.ShouldBeGreaterThan(0);
        paragraphs.Take(signature).Last(p => p.Length > 0).ShouldBe("CHÁNH THANH TRA"); // the position, without the agency
    }

    [Fact]
    public async Task Should_never_fill_a_planned_date_from_an_actual_one()
    {
        var c = await DocumentScenario.InspectionInConcluding(fixture, "P01", "Chi sai quy định");
        c.OnSiteEnd.ShouldBe(fixture.Today); // the actual end recorded later
        var decision = DocumentTestData.Text((await Generate(c.Id, DocumentKind.InspectionDecision)).Content);
        decision.ShouldContain($"dự kiến từ ngày {OfficialText.ShortDate(c.Decision.Date!.Value)} đến ngày ");
        decision.ShouldNotContain($"đến ngày {OfficialText.ShortDate(fixture.Today)})");
    }

    [Fact]
    public async Task Should_mark_every_document_of_a_cancelled_case()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01");
        c = await fixture.Fire(c.Id, CaseTriggers.Cancel, "supervisor", "trùng nội dung");
        c.State.ShouldBe(CaseStates.Cancelled);
        var text = DocumentTestData.Text((await Generate(c.Id, DocumentKind.InspectionDecision, "supervisor")).Content);
        text.Split('\n')[0].ShouldBe(CaseDocumentFields.CancelledMark);
    }

    [Fact]
    public async Task Should_put_violations_under_shortcomings_list_kh534_results_and_recover_nothing_after_no_violation()
    {
        var c = await DocumentScenario.CheckInConcluding(fixture, "P01", new Dictionary<string, (CheckResult, string)>
        {
            ["KH534-01"] = (CheckResult.Met, "12%"),
            ["KH534-02"] = (CheckResult.NotMet, "42% trực tuyến"),
        });
        c = await DocumentScenario.ConcludeAndSanction(fixture, c, "05/KL-SNV");
        var text = DocumentTestData.Text((await Generate(c.Id, DocumentKind.CheckResultsNotice, "supervisor")).Content);

        text.ShouldContain("Số: 05/TB-SNV");
        var achieved = Between(text, "1. Kết quả đạt được", "2. Tồn tại");
        achieved.ShouldContain("KH534-01");
        achieved.ShouldNotContain("KH534-02");
        Between(text, "2. Tồn tại", "3. Kết quả đánh giá").ShouldContain("KH534-02");
        var results = Between(text, "3. Kết quả đánh giá", "4. Kết luận");
        results.ShouldContain("KH534-01");
        results.ShouldContain("không đạt (42% trực tuyến)");
        var recommendations = Between(text, "5. Yêu cầu, kiến nghị", "Nơi nhận");
        recommendations.ShouldNotContain("thu hồi"); // no confirmed violation in this check
        recommendations.ShouldContain("Không có kiến nghị xử lý vi phạm");
    }

    /// <summary>
    /// Issue 16, biên bản công bố: its own content, read from the case — the day of the announcement (not the decision's),
    /// the place (the unit's seat), the Trưởng đoàn announcing the decision of the người ra quyết định, both parties
    /// named, and both signature blocks (the team's Trưởng đoàn and the unit's representative), with no Nơi nhận.
    /// </summary>
    [Fact]
    public async Task Should_write_the_announcement_minutes_with_its_day_place_announcer_and_both_signatures()
    {
        var c = await fixture.NewCase(CaseKind.Inspection, "P01", withDecisionAndTeam: false);
        var decided = fixture.Today.AddDays(-3);
        c = await fixture.Cases("supervisor", s => s.RecordDecisionAsync(c.Id, new RecordDecisionDto("07/QĐ-TTr", decided, CaseFixture.DecisionSigner(AuthorityCode.ThanhTra), c.ConcurrencyStamp)));
        c = await fixture.Cases("supervisor", async s => await s.AssignTeamAsync(c.Id, new AssignTeamDto(await fixture.UserIdAsync("inspector"), [await fixture.UserIdAsync("inspector2")], c.ConcurrencyStamp)));
        c = await fixture.DriveTo(c, CaseStates.Announced);
        c.AnnouncedOn.ShouldBe(fixture.Today);

        var file = await Generate(c.Id, DocumentKind.AnnouncementMinutes);
        DocumentTestData.ValidationErrors(file.Content).ShouldBeEmpty();
        var paragraphs = DocumentTestData.Paragraphs(file.Content).ToList();
        var text = string.Join("\n", paragraphs);

        text.ShouldContain("BIÊN BẢN");
        text.ShouldContain($"Công bố Quyết định thanh tra số 07/QĐ-TTr ngày {OfficialText.ShortDate(decided)} của Chánh Thanh tra tỉnh");
        // The day and place of the announcement: the day recorded on the case, at the unit's seat.
        text.ShouldContain($"ngày {OfficialText.ShortDate(fixture.Today)}, tại trụ sở phường Cẩm Thành, Đoàn thanh tra công bố Quyết định thanh tra số 07/QĐ-TTr");
        text.ShouldNotContain($"ngày {OfficialText.ShortDate(decided)}, tại"); // not the decision's day
        // Who announced: the Trưởng đoàn, named among the team's representatives.
        Between(text, "1. Đại diện Đoàn thanh tra", "2. Đại diện").ShouldContain("- Trần Thị Thanh Tra - Trưởng đoàn;");
        Between(text, "1. Đại diện Đoàn thanh tra", "2. Đại diện").ShouldContain("- Lê Văn Kiểm - Thành viên;");
        Between(text, "2. Đại diện phường Cẩm Thành", "3. Nội dung").ShouldContain("Võ Thị Đại Diện (Phường Cẩm Thành) - Đại diện phường Cẩm Thành;");
        Between(text, "3. Nội dung", "Buổi công bố kết thúc").ShouldContain("Trưởng đoàn công bố toàn văn Quyết định thanh tra");

        // Both signature blocks, each with its position and name; a biên bản has no Nơi nhận.
        paragraphs.ShouldNotContain("Nơi nhận:");
        var team = paragraphs.IndexOf("ĐẠI DIỆN ĐOÀN");
        team.ShouldBeGreaterThan(0);
        paragraphs.Skip(team).Take(6).ShouldContain("TRƯỞNG ĐOÀN");
        paragraphs.Skip(team).ShouldContain("Trần Thị Thanh Tra");
        var unit = paragraphs.IndexOf("ĐẠI DIỆN ĐƠN VỊ");
        unit.ShouldBeGreaterThan(0);
        paragraphs[unit + 1].ShouldBe("PHƯỜNG CẨM THÀNH"); // the unit it speaks for, not a second "ĐẠI DIỆN …"
        paragraphs.Skip(unit).ShouldContain("Võ Thị Đại Diện (Phường Cẩm Thành)");
    }

    private static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"'{from}' in:\n{text}");
        var end = text.IndexOf(to, start + from.Length, StringComparison.Ordinal);
        end.ShouldBeGreaterThan(start, $"'{to}' after '{from}' in:\n{text}");
        return text[start..end];
    }
}
