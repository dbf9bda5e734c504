using InspectionSuite.Legal;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Shared.Tests;

/// <summary>The legal bases are data (templates/legal-bases.json): dated versions, cited from one place (issue 14).</summary>
public sealed class LegalBasesTests
{
    [Fact]
    public void Should_cite_luat_thanh_tra_84_2025_and_nghi_dinh_216_2025_from_1_july_2025_and_never_the_repealed_ones()
    {
        var current = LegalBases.InForceOn(new DateOnly(2025, 7, 1));
        current.Version.ShouldBe("2025-07-01");
        var lines = current.CitationsFor("thanh-tra");
        lines.ShouldBe([
            "Căn cứ Luật Thanh tra số 84/2025/QH15;",
            "Căn cứ Nghị định số 216/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Thanh tra;",
        ]);
        lines.ShouldAllBe(l => !l.Contains("11/2022") && !l.Contains("43/2023"));
        current.ArticleText("Conclusion").ShouldBe("Điều 36 Luật Thanh tra số 84/2025/QH15");
        current.ArticleText("DraftConclusion").ShouldBe("Điều 34 Luật Thanh tra số 84/2025/QH15");
    }

    [Fact]
    public void Should_keep_the_version_a_case_was_decided_under()
    {
        // Decided on 30/6/2025: the old law, and it stays cited by that version's name whatever today is.
        var old = LegalBases.InForceOn(new DateOnly(2025, 6, 30));
        old.Version.ShouldBe("2023-07-01");
        old.CitationsFor("thanh-tra")[0].ShouldBe("Căn cứ Luật Thanh tra số 11/2022/QH15 ngày 14 tháng 11 năm 2022;");
        LegalBases.Get(old.Version, new DateOnly(2026, 1, 1)).ShouldBeSameAs(old);
        // A case not decided yet cites the version in force on the day asked.
        LegalBases.Get(null, new DateOnly(2026, 1, 1)).Version.ShouldBe("2025-07-01");
    }

    [Fact]
    public void Should_date_versions_without_gaps_or_overlaps_and_give_every_citation_an_instrument()
    {
        var versions = LegalBases.Versions;
        versions.Count.ShouldBeGreaterThanOrEqualTo(2);
        for (var i = 1; i < versions.Count; i++)
        {
            versions[i].EffectiveFrom.ShouldBeGreaterThan(versions[i - 1].EffectiveFrom);
            versions[i - 1].EffectiveTo.ShouldBe(versions[i].EffectiveFrom.AddDays(-1));
        }
        versions[^1].EffectiveTo.ShouldBeNull();
        foreach (var v in versions)
        foreach (var id in v.Citations.Values.SelectMany(x => x))
            v.Instrument(id).Number.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Should_leave_out_a_date_that_was_not_verified_rather_than_cite_a_wrong_one()
    {
        var instrument = new LegalInstrument("X", "decree", "1/2099/NĐ-CP", "Nghị định thử", "Chính phủ", new DateOnly(2099, 1, 2), null, Verified: false);
        instrument.Citation.ShouldBe("Căn cứ Nghị định số 1/2099/NĐ-CP của Chính phủ thử;");
        (instrument with { Verified = true }).Citation.ShouldBe("Căn cứ Nghị định số 1/2099/NĐ-CP ngày 02 tháng 01 năm 2099 của Chính phủ thử;");
    }
}
