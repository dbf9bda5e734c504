namespace InspectionSuite.Inbox;

internal sealed record InboxGroup(AuthorityCode Authority, string CaseState, Guid UnitId, DateTime DueAtUtc, int Count);
