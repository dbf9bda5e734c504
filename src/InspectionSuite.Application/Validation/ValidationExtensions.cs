namespace InspectionSuite.Validation;

public static class ValidationExtensions
{
    /// <summary>Runs the validator and turns failures into field-level <see cref="InputValidationException"/> (HTTP 400).</summary>
    public static async Task ValidateOrThrowAsync<T>(this IValidator<T> validator, T input, CancellationToken ct = default)
    {
        var result = await validator.ValidateAsync(input, ct);
        if (result.IsValid) return;
        throw new InputValidationException(result.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));
    }

    /// <summary>A money amount from 0 to <see cref="MoneyConsts.MaxVnd"/> VND; null passes (optional amounts).</summary>
    public static IRuleBuilderOptions<T, decimal?> Money<T>(this IRuleBuilder<T, decimal?> rule)
        => rule.Must(v => v is not { } x || MoneyConsts.InRange(x)).WithMessage("Validation.MoneyRange");

    /// <summary>A money amount from 0 to <see cref="MoneyConsts.MaxVnd"/> VND.</summary>
    public static IRuleBuilderOptions<T, decimal> Money<T>(this IRuleBuilder<T, decimal> rule)
        => rule.Must(MoneyConsts.InRange).WithMessage("Validation.MoneyRange");
}
