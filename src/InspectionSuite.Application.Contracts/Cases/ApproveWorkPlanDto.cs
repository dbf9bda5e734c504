namespace InspectionSuite.Cases;

/// <summary>The người ra quyết định approves the kế hoạch tiến hành; <paramref name="Date"/> defaults to today.</summary>
public sealed record ApproveWorkPlanDto(DateOnly? Date, string ConcurrencyStamp);
