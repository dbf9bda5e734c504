namespace InspectionSuite.Web.Pages.Planning;

/// <summary>One plan item's planned start, as the plan page's partial <c>_PlanItemSchedule</c> shows or edits it.</summary>
public sealed record PlanItemScheduleView(PlanItemDto Item, Guid PlanId, string ConcurrencyStamp, bool Editable);
