namespace InspectionSuite.Cases;

public sealed class ReturnDocumentRequestDtoValidator : AbstractValidator<ReturnDocumentRequestDto>
{
    public ReturnDocumentRequestDtoValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
