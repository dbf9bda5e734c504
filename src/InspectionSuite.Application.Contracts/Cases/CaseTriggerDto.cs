namespace InspectionSuite.Cases;

/// <summary>
/// A trigger the current state offers; <see cref="Allowed"/> says whether the caller may fire it now, else <see cref="Reason"/>
/// (localized). <see cref="RequiresReason"/>: the caller must give a reason when firing (Cancel).
/// </summary>
public sealed record CaseTriggerDto(string Trigger, string To, string? Permission, bool Allowed, string? ReasonCode, string? Reason, bool RequiresReason);
