using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Documents;

/// <summary>Everything the field mapping reads, loaded once.</summary>
public sealed record CaseDocumentData(
    InspectionCase Case,
    Unit? Unit,
    AuthorityProfile Authority,
    IReadOnlyDictionary<Guid, string> PeopleNames,
    string? RepresentativeName,
    CaseDeadlineCalculator.Limits? Limits,
    CaseDeadlineCalculator Deadlines,
    // Today on the runtime's calendar (CaseAccess.Today): picks the legal basis version in force for a case not decided yet.
    DateOnly Today)
{
    /// <summary>The decision's number and date as issued through the register, when it was; they win over the recorded ones.</summary>
    public (string NumberAndSymbol, DateOnly IssuedOn)? RegisteredDecision { get; init; }

    /// <summary>The sanctions and recommendations of the case's follow-up (its own aggregate), for the documents that list them.</summary>
    public IReadOnlyList<Sanction> Sanctions { get; init; } = [];

    /// <summary>The biên bản a Minutes document is made of; null: the latest.</summary>
    public Guid? MinutesId { get; init; }
}
