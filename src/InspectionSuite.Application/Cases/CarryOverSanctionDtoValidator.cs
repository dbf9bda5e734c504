namespace InspectionSuite.Cases;

public sealed class CarryOverSanctionDtoValidator : AbstractValidator<CarryOverSanctionDto>
{
    public CarryOverSanctionDtoValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
    }
}
