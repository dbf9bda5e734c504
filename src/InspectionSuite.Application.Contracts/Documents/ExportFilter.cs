namespace InspectionSuite.Documents;

/// <summary>Year = calendar year of the cases' decisions / conclusions (default: this year); Authority = one authority or both.</summary>
public sealed record ExportFilter(int? Year = null, AuthorityCode? Authority = null);
