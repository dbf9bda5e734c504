namespace InspectionSuite.Organization;

/// <summary>What can be wrong with one unit of the register, whichever way it arrives (CSV line or form).</summary>
public enum UnitRuleViolation
{
    CodeEmpty,
    CodeTooLong,
    NameEmpty,
    NameTooLong,
    ValidityReversed,
}
