namespace InspectionSuite.Cases;

/// <summary>Errors of Sở Nội vụ's check procedure (noi-vu.check v2, issue 15); their own block, 0415xx.</summary>
public static class CheckErrorCodes
{
    /// <summary>Args: the codes of the checklist criteria still "not checked", comma-separated.</summary>
    public const string CriteriaUnassessed = "Inspection:041501";
    public const string SelfAssessmentMissing = "Inspection:041502";
    public const string CheckMinutesMissing = "Inspection:041503";
    /// <summary>Args: the criteria codes without a value, comma-separated.</summary>
    public const string SelfAssessmentValuesMissing = "Inspection:041504";
    /// <summary>A kiến nghị answers a finding or a criterion of the checklist.</summary>
    public const string OutcomeLinkRequired = "Inspection:041505";
    /// <summary>Args: the type given.</summary>
    public const string OutcomeTypeNotForCheck = "Inspection:041506";
    public const string OnlyForChecks = "Inspection:041507";
    public const string SelfAssessmentNotForUnannounced = "Inspection:041508";
    /// <summary>Whether a check is unannounced is fixed once its decision is issued.</summary>
    public const string UnannouncedFixed = "Inspection:041509";
    /// <summary>Args: the unknown criterion code.</summary>
    public const string OutcomeCriterionUnknown = "Inspection:041510";
    /// <summary>Extension, suspension and money recovery are an inspection's, not a check's.</summary>
    public const string NotInCheckProcedure = "Inspection:041511";
}
