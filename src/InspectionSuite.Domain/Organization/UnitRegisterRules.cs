namespace InspectionSuite.Organization;

/// <summary>
/// The field rules of one register unit, shared by the CSV import (<see cref="UnitCsvParser"/>) and the register form
/// and API (the Create/Update validators): one concept, one place. Code uniqueness needs the register and is checked
/// by the callers against it.
/// </summary>
public static class UnitRegisterRules
{
    public static IReadOnlyList<UnitRuleViolation> CheckCode(string? code)
    {
        var c = code?.Trim() ?? "";
        if (c.Length == 0) return [UnitRuleViolation.CodeEmpty];
        return c.Length > UnitConsts.MaxCodeLength ? [UnitRuleViolation.CodeTooLong] : [];
    }

    public static IReadOnlyList<UnitRuleViolation> CheckName(string? name)
    {
        var n = name?.Trim() ?? "";
        if (n.Length == 0) return [UnitRuleViolation.NameEmpty];
        return n.Length > UnitConsts.MaxNameLength ? [UnitRuleViolation.NameTooLong] : [];
    }

    public static IReadOnlyList<UnitRuleViolation> CheckValidity(DateOnly? validFrom, DateOnly? validTo)
        => validFrom is { } f && validTo is { } t && f > t ? [UnitRuleViolation.ValidityReversed] : [];

    /// <summary>The localization key of a violation's message in the form and the API (the CSV keeps its own line texts).</summary>
    public static string MessageKey(UnitRuleViolation violation) => violation switch
    {
        UnitRuleViolation.CodeEmpty or UnitRuleViolation.NameEmpty => "Validation.Required",
        UnitRuleViolation.CodeTooLong or UnitRuleViolation.NameTooLong => "Validation.TooLong",
        _ => "Validation.DateRange",
    };
}
