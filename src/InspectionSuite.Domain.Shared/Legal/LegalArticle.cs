namespace InspectionSuite.Legal;

/// <summary>An article of an instrument the procedure relies on (e.g. the conclusion: Điều 36 of the law).</summary>
public sealed record LegalArticle(string Instrument, string Article);
