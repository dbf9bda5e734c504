namespace InspectionSuite.Web.Pages.Cases;

/// <summary>What the _ReCheck partial shows: the case, its follow-up and, after a failed post, what was typed.</summary>
public sealed record ReCheckPartial(CaseDto Case, FollowUpDto FollowUp, DateOnly Today, ReCheckModel.OrderForm? Order = null, ReCheckModel.ResultForm? Result = null);
