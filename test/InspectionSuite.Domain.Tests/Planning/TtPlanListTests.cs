using CsCheck;
using InspectionSuite.Organization;
using InspectionSuite.Planning;
using InspectionSuite.Sampling;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Planning;

/// <summary>
/// Issue 14: Thanh tra tỉnh's annual plan is a list built by hand (theo kế hoạch + đột xuất), not a 20% draw; the draw
/// stays Sở Nội vụ's. The aggregate alone, no database.
/// </summary>
public sealed class TtPlanListTests
{
    private static readonly DateTime Now = new(2026, 12, 5, 3, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Supervisor = Guid.NewGuid();

    private static AnnualPlan ThanhTraPlan() => new(Guid.NewGuid(), AuthorityCode.ThanhTra, 2027);

    private static PlanItem Add(AnnualPlan plan, string unit = "X011", PlanItemOrigin origin = PlanItemOrigin.Planned, int? month = null, int? quarter = 2)
        => plan.AddListItem(unit, "UBND xã " + unit, UnitKind.Commune, "Thanh tra việc quản lý đất đai", "Chỉ đạo của Chủ tịch UBND tỉnh", origin, month, quarter, Supervisor, Now);

    private static SamplingResult SomeDraw(AuthorityCode authority) => SamplingEngine.Select(new SamplingRequest
    {
        Year = 2027, Authority = authority, Seed = "S",
        Units = [new SamplingUnit("X011", UnitKind.Commune, null, null), new SamplingUnit("X012", UnitKind.Commune, null, null)],
    });

    [Fact]
    public void Should_derive_the_mode_from_the_authority()
    {
        ThanhTraPlan().Mode.ShouldBe(PlanMode.List);
        new AnnualPlan(Guid.NewGuid(), AuthorityCode.NoiVu, 2027).Mode.ShouldBe(PlanMode.Draw);
    }

    [Fact]
    public void Should_refuse_every_draw_command_on_thanh_tra_tinhs_plan_and_change_nothing()
    {
        var plan = ThanhTraPlan();
        Add(plan);
        var revision = plan.Revision;
        var refused = new Action[]
        {
            () => plan.RecordDraw(SomeDraw(AuthorityCode.ThanhTra), "{}", new Dictionary<string, string>(), Now),
            () => plan.Adjust("X012", AdjustmentKind.Mandatory, "complaint"),
            () => plan.SetRiskScore("X012", 90),
            () => plan.ReplaceRiskScores([("X012", 90)]),
            () => plan.ReplaceStateAuditExclusions([("X012", "audit")]),
            () => plan.Approve("{}", Supervisor, Now),
            () => plan.EnsureDrawMode(),
        };
        foreach (var command in refused) Should.Throw<BusinessException>(command).Code.ShouldBe(PlanningErrorCodes.DrawNotForListPlan);
        plan.Revision.ShouldBe(revision);
        plan.Seed.ShouldBeNull();
        plan.Items.ShouldHaveSingleItem().Origin.ShouldBe(PlanItemOrigin.Planned);
    }

    [Fact]
    public void Should_refuse_hand_listed_items_on_so_noi_vus_drawn_plan()
    {
        var plan = new AnnualPlan(Guid.NewGuid(), AuthorityCode.NoiVu, 2027);
        Should.Throw<BusinessException>(() => Add(plan)).Code.ShouldBe(PlanningErrorCodes.ListItemsNotForDrawPlan);
        Should.Throw<BusinessException>(() => plan.ApproveList(Supervisor, Now)).Code.ShouldBe(PlanningErrorCodes.ListItemsNotForDrawPlan);
        plan.Items.ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_to_approve_an_empty_list()
    {
        var plan = ThanhTraPlan();
        Should.Throw<BusinessException>(() => plan.ApproveList(Supervisor, Now)).Code.ShouldBe(PlanningErrorCodes.PlanListEmpty);
        plan.Status.ShouldBe(PlanStatus.Draft);

        var item = Add(plan);
        plan.RemoveListItem(item.Id);
        Should.Throw<BusinessException>(() => plan.ApproveList(Supervisor, Now)).Code.ShouldBe(PlanningErrorCodes.PlanListEmpty);
    }

    [Fact]
    public void Should_record_the_items_fields_and_who_added_it_and_approve_the_list()
    {
        var plan = ThanhTraPlan();
        var planned = Add(plan, "X011", PlanItemOrigin.Planned, month: 3, quarter: null);
        var adHoc = Add(plan, "X011", PlanItemOrigin.AdHoc, month: null, quarter: null); // the same unit twice: a list may

        planned.Subject.ShouldBe("Thanh tra việc quản lý đất đai");
        planned.Detail.ShouldBe("Chỉ đạo của Chủ tịch UBND tỉnh");
        planned.PlannedStart(2027).ShouldBe(new DateOnly(2027, 3, 1));
        (planned.AddedBy, planned.AddedAt, planned.Selected).ShouldBe((Supervisor, Now, true));
        adHoc.Origin.ShouldBe(PlanItemOrigin.AdHoc);
        plan.Items.Count.ShouldBe(2);

        plan.ApproveList(Supervisor, Now);
        plan.Status.ShouldBe(PlanStatus.Approved);
        plan.ApproverId.ShouldBe(Supervisor);
    }

    [Fact]
    public void Should_take_only_dot_xuat_items_after_approval_and_none_once_closed()
    {
        var plan = ThanhTraPlan();
        var first = Add(plan);
        plan.ApproveList(Supervisor, Now);

        Should.Throw<BusinessException>(() => Add(plan, "X012", PlanItemOrigin.Planned)).Code.ShouldBe(PlanningErrorCodes.OnlyAdHocAfterApproval);
        Should.Throw<BusinessException>(() => plan.RemoveListItem(first.Id)).Code.ShouldBe(PlanningErrorCodes.PlanStatusInvalid);
        var adHoc = Add(plan, "X012", PlanItemOrigin.AdHoc);
        adHoc.Origin.ShouldBe(PlanItemOrigin.AdHoc);
        plan.Items.Count.ShouldBe(2);

        plan.Close(Now);
        Should.Throw<BusinessException>(() => Add(plan, "X013", PlanItemOrigin.AdHoc)).Code.ShouldBe(PlanningErrorCodes.PlanStatusInvalid);
        plan.Items.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_never_list_the_inspectorate_itself()
        => Should.Throw<BusinessException>(() => Add(ThanhTraPlan(), " tt-tinh ")).Code.ShouldBe(PlanningErrorCodes.OwnUnit);

    [Fact]
    public void Should_accept_a_period_only_when_valid_and_add_nothing_otherwise()
    {
        // For all month/quarter pairs: added exactly when PlannedPeriod.IsValid says so, and then with that period.
        Gen.Select(Gen.Int[-1, 14].Nullable(), Gen.Int[-1, 5].Nullable()).Sample((month, quarter) =>
        {
            var plan = ThanhTraPlan();
            if (PlannedPeriod.IsValid(month, quarter))
            {
                var item = Add(plan, month: month, quarter: quarter);
                (item.PlannedMonth, item.PlannedQuarter).ShouldBe((month, quarter));
            }
            else
            {
                Should.Throw<InputValidationException>(() => Add(plan, month: month, quarter: quarter));
                plan.Items.ShouldBeEmpty();
            }
        }, iter: 200);
    }
}
