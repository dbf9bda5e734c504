namespace InspectionSuite.Cases;

public sealed class CreateDocumentRequestDtoValidator : AbstractValidator<CreateDocumentRequestDto>
{
    public CreateDocumentRequestDtoValidator()
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxTitleLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Description).MaximumLength(CaseConsts.MaxTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
