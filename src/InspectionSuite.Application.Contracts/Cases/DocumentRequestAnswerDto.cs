namespace InspectionSuite.Cases;

public sealed record DocumentRequestAnswerDto(Guid Id, string? Note, Guid? AnsweredBy, DateTime AnsweredAtUtc, IReadOnlyList<EvidenceFileDto> Files);
