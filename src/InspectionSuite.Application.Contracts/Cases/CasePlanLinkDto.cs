namespace InspectionSuite.Cases;

/// <summary>The annual plan item a case implements: the plan (authority, year), the draw's reason code and the amendment (0 = approved draw).</summary>
public sealed record CasePlanLinkDto(Guid PlanId, Guid PlanItemId, AuthorityCode Authority, int Year, string Reason, int Amendment);
