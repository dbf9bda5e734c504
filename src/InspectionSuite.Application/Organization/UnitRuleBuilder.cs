namespace InspectionSuite.Organization;

/// <summary>The register's field rules (<see cref="UnitRegisterRules"/>, shared with the CSV import) as validator rules.</summary>
internal static class UnitRuleBuilder
{
    public static void Follows<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<TProperty, IReadOnlyList<UnitRuleViolation>> check)
        => rule.Custom((value, context) =>
        {
            foreach (var violation in check(value)) context.AddFailure(UnitRegisterRules.MessageKey(violation));
        });
}
