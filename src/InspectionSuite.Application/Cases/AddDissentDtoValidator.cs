namespace InspectionSuite.Cases;

public sealed class AddDissentDtoValidator : AbstractValidator<AddDissentDto>
{
    public AddDissentDtoValidator()
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
