using InspectionSuite.Planning;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

/// <summary>The one reader behind both plan uploads, as each upload configures it.</summary>
public sealed class PlanUnitCsvTests
{
    private static readonly DateOnly AsOf = new(2026, 1, 1);
    private static readonly Dictionary<string, string> Universe = new(StringComparer.OrdinalIgnoreCase) { ["SO-TC"] = "SO-TC", ["SO-YT"] = "SO-YT" };

    [Theory]
    [InlineData("UnitCode,RiskScore\nso-tc,70\nSO-YT,0\n")]
    [InlineData("unit_code,score\nso-tc,70\nSO-YT,0\n")]
    public void Should_read_risk_scores_in_the_page_s_and_the_cli_s_spelling_with_codes_as_registered(string csv)
    {
        var read = AnnualPlanAppService.RiskScoreCsv.Read(csv, Universe, AsOf);

        read.Succeeded.ShouldBeTrue();
        read.Rows.ShouldBe([("SO-TC", 70), ("SO-YT", 0)]);
    }

    [Fact]
    public void Should_reject_the_whole_file_naming_each_bad_line()
    {
        var read = AnnualPlanAppService.RiskScoreCsv.Read("UnitCode,RiskScore\nSO-TC,70\n,5\nNO-SUCH,5\nSO-YT,101\nso-tc,10\n", Universe, AsOf);

        read.Succeeded.ShouldBeFalse();
        read.Rows.ShouldBeEmpty();
        read.Errors.ShouldBe([
            new PlanImportLineError(3, "UnitCode is empty"),
            new PlanImportLineError(4, "unit 'NO-SUCH' is not in the register on 2026-01-01"),
            new PlanImportLineError(5, "RiskScore '101' is not a whole number from 0 to 100"),
            new PlanImportLineError(6, "unit 'so-tc' is already scored on line 2"),
        ]);
    }

    [Fact]
    public void Should_name_the_expected_header_when_a_column_is_missing()
    {
        AnnualPlanAppService.StateAuditCsv.Read("unit_code,note\nSO-TC,x\n", Universe, AsOf).Errors
            .ShouldBe([new PlanImportLineError(1, "expected header unit_code,content")]);
        AnnualPlanAppService.RiskScoreCsv.Read("UnitCode\nSO-TC\n", Universe, AsOf).Errors
            .ShouldBe([new PlanImportLineError(1, "expected header UnitCode,RiskScore")]);
    }

    [Fact]
    public void Should_read_state_audit_contents_and_refuse_an_empty_one()
    {
        AnnualPlanAppService.StateAuditCsv.Read("UnitCode,Content\nso-yt,\"Đầu tư công, y tế\"\n", Universe, AsOf).Rows
            .ShouldBe([("SO-YT", "Đầu tư công, y tế")]);
        AnnualPlanAppService.StateAuditCsv.Read("unit_code,content\nSO-YT,\n", Universe, AsOf).Errors
            .ShouldBe([new PlanImportLineError(2, "content is empty")]);
    }
}
