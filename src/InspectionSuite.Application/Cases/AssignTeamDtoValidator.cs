namespace InspectionSuite.Cases;

public sealed class AssignTeamDtoValidator : AbstractValidator<AssignTeamDto>
{
    public AssignTeamDtoValidator()
    {
        RuleFor(x => x.LeaderId).NotEmpty().WithMessage("Validation.Required");
        RuleFor(x => x.MemberIds).NotNull().Must(m => m.Count < CaseConsts.MaxTeamSize).WithMessage("Validation.TooLong");
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
