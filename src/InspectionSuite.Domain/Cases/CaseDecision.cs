namespace InspectionSuite.Cases;

/// <summary>
/// The decision opening the case (quyết định thanh tra / quyết định kiểm tra): its number, date and signer, and the
/// legal basis version (templates/legal-bases.json) in force the day it was signed, which its documents keep citing.
/// Owned by <see cref="InspectionCase"/>; its columns stay on the Cases row.
/// </summary>
public sealed class CaseDecision
{
    public string? Number { get; private set; }
    public DateOnly? Date { get; private set; }
    public string? Signer { get; private set; }
    public string? LegalBasisVersion { get; private set; }

    internal void Sign(string signer) => Signer = signer;

    internal void Record(string number, DateOnly date, string? signer, string legalBasisVersion)
    {
        Number = number;
        Date = date;
        Signer = signer;
        LegalBasisVersion = legalBasisVersion;
    }

    /// <summary>The number and date the register gave the document (see <see cref="InspectionCase.TakeRegisteredNumber"/>).</summary>
    internal bool TakeRegisteredNumber(string numberAndSymbol, DateOnly issuedOn)
    {
        if (Number == numberAndSymbol && Date == issuedOn) return false;
        Number = numberAndSymbol;
        Date = issuedOn;
        return true;
    }
}
