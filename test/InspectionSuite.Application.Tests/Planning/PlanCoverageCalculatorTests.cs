using InspectionSuite.Organization;
using InspectionSuite.Planning;
using Shouldly;
using Xunit;

namespace InspectionSuite.Application.Tests.Planning;

public sealed class PlanCoverageCalculatorTests
{
    private static readonly PlanCoverageCalculator.Item[] Items =
        Enumerable.Range(1, 10).Select(i => new PlanCoverageCalculator.Item($"X{i:D2}", Stratum.Local, Selected: i <= 2)).ToArray();

    private static PlanCoverage At(DateOnly today, params string[] completed)
        => PlanCoverageCalculator.Compute(2027, 0.2m, Items, completed, new Dictionary<string, IReadOnlyList<string>>(), today, new DateOnly(2027, 7, 1));

    [Fact]
    public void Should_project_the_planned_count_before_the_year_and_the_completed_count_after_it()
    {
        At(new DateOnly(2026, 12, 1)).Overall.ProjectedCompleted.ShouldBe(2m);
        At(new DateOnly(2028, 1, 5), "X01").Overall.ProjectedCompleted.ShouldBe(1m);
        At(new DateOnly(2028, 1, 5), "X01").Overall.Alert.ShouldBeTrue();
    }

    [Fact]
    public void Should_count_a_check_of_a_successor_for_its_merged_predecessors()
    {
        var successors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["X01"] = ["NEW"], ["X03"] = ["X04"], ["X04"] = ["X03"] };
        var c = PlanCoverageCalculator.Compute(2027, 0.2m, Items, ["NEW", "X04"], successors, new DateOnly(2027, 12, 31), new DateOnly(2027, 7, 1));
        c.Overall.Completed.ShouldBe(3); // X01 via NEW; X03 via X04 (a cycle does not loop); X04 itself
        c.Overall.Planned.ShouldBe(2);
    }
}
