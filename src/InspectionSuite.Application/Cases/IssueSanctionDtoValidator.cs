namespace InspectionSuite.Cases;

public sealed class IssueSanctionDtoValidator : AbstractValidator<IssueSanctionDto>
{
    public IssueSanctionDtoValidator()
    {
        RuleFor(x => x.Type).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.Target).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.Responsible).NotEmpty().WithMessage("Validation.Required").MaximumLength(CaseConsts.MaxShortTextLength).WithMessage("Validation.TooLong");
        RuleFor(x => x.AmountVnd).Money();
        RuleFor(x => x.AmountVnd).NotNull().When(x => x.Type is SanctionType.AdministrativeFine or SanctionType.Recovery).WithMessage("Validation.Required");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
