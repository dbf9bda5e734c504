namespace InspectionSuite.Cases;

/// <summary>Giải trình of the inspected unit on the draft conclusion; <see cref="Maintained"/> is what it maintains (bảo lưu).</summary>
public sealed record UnitExplanationDto(Guid Id, DateOnly ReceivedOn, string Text, string? Maintained);
