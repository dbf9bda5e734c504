namespace InspectionSuite.Cases;

/// <summary>The unit's explanation on the draft conclusion, received on <paramref name="ReceivedOn"/>.</summary>
public sealed record RecordExplanationDto(DateOnly ReceivedOn, string Text, string? Maintained, string ConcurrencyStamp);
