namespace InspectionSuite.Cases;

/// <summary>Tiếp tục: the continuation record ending the open suspension; work resumes on <paramref name="On"/>.</summary>
public sealed record ContinueSuspensionDto(string DecisionNumber, DateOnly On, string ConcurrencyStamp);
