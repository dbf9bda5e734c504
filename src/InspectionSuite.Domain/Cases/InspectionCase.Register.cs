namespace InspectionSuite.Cases;

public sealed partial class InspectionCase
{
    /// <summary>
    /// The document register gave a document of this case its number: the case keeps the registered number (and the date
    /// where the record's date is the document's date), so its pages and later documents cite the number as registered.
    /// Only a record the case already keeps takes it (a conclusion not signed stays unsigned): issuing never records a
    /// step of the procedure. An extension's or a suspension's date is the day it takes effect, not the document's date:
    /// those keep their dates (the deadlines run from them).
    /// </summary>
    /// <returns>Whether the case changed.</returns>
    public bool TakeRegisteredNumber(CaseRegisteredRecord record, string numberAndSymbol, DateOnly issuedOn)
    {
        var number = Check.NotEmpty(numberAndSymbol, nameof(numberAndSymbol), CaseConsts.MaxCodeLength);
        var changed = record switch
        {
            CaseRegisteredRecord.Decision => Decision.Date is not null && Decision.TakeRegisteredNumber(number, issuedOn),
            CaseRegisteredRecord.ResultsReport => ResultsReport.IsAttached && ResultsReport.TakeRegisteredNumber(number, issuedOn),
            CaseRegisteredRecord.Conclusion => Conclusion.IsSigned && Conclusion.TakeRegisteredNumber(number, issuedOn),
            CaseRegisteredRecord.Extension => _extensions.OrderBy(e => e.DecidedOn).LastOrDefault()?.TakeRegisteredNumber(number) ?? false,
            CaseRegisteredRecord.Suspension => _suspensions.OrderBy(s => s.From).LastOrDefault()?.TakeRegisteredNumber(number) ?? false,
            CaseRegisteredRecord.RecommendationLetter => RecommendationLetterDate is not null && TakeLetterNumber(number, issuedOn),
            _ => false,
        };
        if (changed) Touch();
        return changed;
    }

    private bool TakeLetterNumber(string number, DateOnly issuedOn)
    {
        if (RecommendationLetterNumber == number && RecommendationLetterDate == issuedOn) return false;
        RecommendationLetterNumber = number;
        RecommendationLetterDate = issuedOn;
        return true;
    }
}
