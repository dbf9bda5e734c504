namespace InspectionSuite.Cases;

/// <param name="Stamp">What the item's result holds now: send it back as <see cref="RecordChecklistResultDto.ItemStamp"/>.</param>
public sealed record ChecklistItemDto(Guid Id, string CriterionCode, string Title, string? Target, CheckResult Result, string? MeasuredValue, string? Note, Guid? FindingId, string Stamp);
