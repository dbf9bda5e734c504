namespace InspectionSuite.Organization;

public sealed class UpdateUnitDtoValidator : AbstractValidator<UpdateUnitDto>
{
    public UpdateUnitDtoValidator()
    {
        RuleFor(x => x.Name).Follows(UnitRegisterRules.CheckName);
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Validation.Invalid");
        RuleFor(x => x.ValidTo).Custom((_, context) =>
        {
            var input = context.InstanceToValidate;
            foreach (var v in UnitRegisterRules.CheckValidity(input.ValidFrom, input.ValidTo)) context.AddFailure(UnitRegisterRules.MessageKey(v));
        });
        RuleFor(x => x.ConcurrencyStamp).NotEmpty().WithMessage("Validation.Required");
    }
}
