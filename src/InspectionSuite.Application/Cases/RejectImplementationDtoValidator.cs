namespace InspectionSuite.Cases;

public sealed class RejectImplementationDtoValidator : AbstractValidator<RejectImplementationDto>
{
    public RejectImplementationDtoValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
    }
}
