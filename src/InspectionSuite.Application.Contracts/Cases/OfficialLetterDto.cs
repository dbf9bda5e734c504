namespace InspectionSuite.Cases;

/// <summary>An official letter recorded on the case: number, date, content (văn bản kiến nghị, chỉ đạo).</summary>
public sealed record OfficialLetterDto(string Number, DateOnly Date, string Text);
