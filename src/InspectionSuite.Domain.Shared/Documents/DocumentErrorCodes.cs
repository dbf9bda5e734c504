namespace InspectionSuite.Documents;

/// <summary>Error codes of official documents, templates and spreadsheet exports (area 07).</summary>
public static class DocumentErrorCodes
{
    /// <summary>Args: template name, comma-separated list of every missing field.</summary>
    public const string TemplateFieldsMissing = "Inspection:070001";
    /// <summary>Args: template file, reason.</summary>
    public const string TemplateInvalid = "Inspection:070002";
    /// <summary>Args: document kind, template file.</summary>
    public const string TemplateNotFound = "Inspection:070003";
    /// <summary>Args: field, value, expected format.</summary>
    public const string FieldValueInvalid = "Inspection:070004";
    /// <summary>Args: reason.</summary>
    public const string SpreadsheetInvalid = "Inspection:070005";
    /// <summary>Args: document kind, case kind (e.g. a conclusion of inspection requested for a check).</summary>
    public const string DocumentNotApplicable = "Inspection:070006";
    /// <summary>Args: field (e.g. Case.DecisionSigner), the position written, the issuing body. The signer must hold a
    /// position of the body that issues the document (its head, deputy or acting head).</summary>
    public const string SignerNotOfAuthority = "Inspection:070007";
    /// <summary>No args. LibreOffice (soffice, setting Documents:SofficePath) is not installed: PDF cannot be made.</summary>
    public const string PdfUnavailable = "Inspection:070008";
    /// <summary>Args: document kind. The document is already issued (frozen); a change is made by issuing a correction.</summary>
    public const string DocumentAlreadyIssued = "Inspection:070009";
    /// <summary>Args: register entry id. A correction must reference the document in force of the same case and kind.</summary>
    public const string CorrectionTargetInvalid = "Inspection:070010";
    /// <summary>Args: document kind. The register could not give a number (too many simultaneous issuings); try again.</summary>
    public const string RegisterBusy = "Inspection:070011";
    /// <summary>Args: the plan's year. Only an approved annual plan is issued as the Kế hoạch thanh tra/kiểm tra năm (a draft is marked DỰ THẢO).</summary>
    public const string PlanNotApproved = "Inspection:070012";
}
