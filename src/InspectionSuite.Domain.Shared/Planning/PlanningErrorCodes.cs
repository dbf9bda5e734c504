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
    /// <summary>The unit is the authority itself: no authority inspects or checks itself (issue 14). Args: unit code.</summary>
    public const string OwnUnit = "Inspection:060010";
    /// <summary>
    /// Thanh tra tỉnh's plan is a list built by hand (planned and đột xuất items): no draw, top-up, adjustment, risk score
    /// or coverage gauge; the 20% draw is Sở Nội vụ's (issue 14). No args.
    /// </summary>
    public const string DrawNotForListPlan = "Inspection:060011";
    /// <summary>Sở Nội vụ's plan items come from the draw: items are not added or removed by hand. No args.</summary>
    public const string ListItemsNotForDrawPlan = "Inspection:060012";
    /// <summary>A list plan with no item cannot be approved. No args.</summary>
    public const string PlanListEmpty = "Inspection:060013";
    /// <summary>After approval only a đột xuất (ad hoc) item may be added to the list. No args.</summary>
    public const string OnlyAdHocAfterApproval = "Inspection:060014";
    /// <summary>
    /// A case was opened by hand from an item of this draft (/Cases/New, issue 18): the draft is not drawn again, nor the item
    /// removed, under the case that implements it. Args: unit code.
    /// </summary>
    public const string ItemHasCase = "Inspection:060015";
}
