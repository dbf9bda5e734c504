namespace InspectionSuite.Cases;

/// <summary>The records of a case that an issued document carries the number of (số/ký hiệu and date, Nghị định 30/2020, Phụ lục I mục II.4).</summary>
public enum CaseRegisteredRecord
{
    Decision,
    ResultsReport,
    Conclusion,
    Extension,
    Suspension,
    RecommendationLetter,
}
