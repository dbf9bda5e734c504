namespace InspectionSuite.Planning;

/// <summary>Error codes of annual plans (area 06). Texts in Localization/planning.{vi,en}.json.</summary>
public static class PlanningErrorCodes
{
    /// <summary>Args: authority, year.</summary>
    public const string PlanAlreadyExists = "Inspection:060001";
    /// <summary>Args: current status, action.</summary>
    public const string PlanStatusInvalid = "Inspection:060002";
    /// <summary>No draw yet, or adjustments changed after the last draw. No args.</summary>
    public const string DrawMissingOrStale = "Inspection:060003";
    /// <summary>The register or history changed since the draw; approving would freeze other inputs. No args.</summary>
    public const string InputsChangedSinceDraw = "Inspection:060004";
    /// <summary>Args: unit code.</summary>
    public const string UnitNotInUniverse = "Inspection:060005";
    /// <summary>Args: list of line errors.</summary>
    public const string StateAuditCsvInvalid = "Inspection:060006";
    /// <summary>Args: unit code.</summary>
    public const string UnitNotInPlan = "Inspection:060007";
    /// <summary>Nothing to add: every unit of the stratum is already selected or excluded. Args: stratum.</summary>
    public const string TopUpNothingToAdd = "Inspection:060008";
    /// <summary>Args: unit code.</summary>
    public const string UnitBothMandatoryAndExcluded = "Inspection:060009";
}

/// <summary>Limits of annual plans.</summary>
public static class PlanningConsts
{
    public const int MaxSeedLength = 128;
    public const int MaxReasonLength = 512;
    public const int MaxDetailLength = 1024;
    public const int MaxNoteLength = 512;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    /// <summary>Risk scores of the draw (engine default 50 for units without one).</summary>
    public const int MinRiskScore = 0;
    public const int MaxRiskScore = 100;
    /// <summary>Default month-day from which a low projection raises an alert (option Planning:CoverageAlertFrom).</summary>
    public const string DefaultCoverageAlertFrom = "07-01";
}

/// <summary>Draft → Approved (amended by top-ups) → Closed.</summary>
public enum PlanStatus
{
    Draft = 0,
    Approved = 1,
    Closed = 2,
}

public enum AdjustmentKind
{
    Mandatory = 0,
    Excluded = 1,
}

/// <summary>Who asked for the adjustment: a supervisor on the plan page or the imported State Audit plan.</summary>
public enum AdjustmentSource
{
    Supervisor = 0,
    StateAudit = 1,
}
