namespace InspectionSuite;

/// <summary>Argument guards for aggregate constructors and methods; failures are validation errors naming the field.</summary>
public static class Check
{
    public static string NotEmpty(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new InputValidationException(field, "Validation.Required");
        if (value.Length > maxLength) throw new InputValidationException(field, "Validation.TooLong");
        return value;
    }

    public static string? MaxLength(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength) throw new InputValidationException(field, "Validation.TooLong");
        return value;
    }

    /// <summary>A money amount: 0 to <see cref="MoneyConsts.MaxVnd"/> VND.</summary>
    public static decimal? Money(decimal? value, string field)
    {
        if (value is { } v && !MoneyConsts.InRange(v)) throw new InputValidationException(field, "Validation.MoneyRange");
        return value;
    }
}
