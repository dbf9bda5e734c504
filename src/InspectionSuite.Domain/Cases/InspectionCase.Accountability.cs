namespace InspectionSuite.Cases;

/// <summary>
/// Thanh tra trách nhiệm người đứng đầu (seed II.6.b: "tập trung thanh tra trách nhiệm người đứng đầu trong thực hiện nhiệm
/// vụ công vụ"): an inspection whose subject is the head of the unit, named with their position, and whose signed conclusion
/// states what it decides about that head's responsibility (<see cref="Cases.Conclusion.Accountability"/>).
/// </summary>
public sealed partial class InspectionCase
{
    /// <summary>The head of the unit whose responsibility is inspected; empty (both null) for any other inspection.</summary>
    public AccountableHead AccountableHead { get; private set; } = new();

    /// <summary>The case is an accountability inspection: its subject names the head of the unit.</summary>
    public bool HasAccountableHead => AccountableHead.IsNamed;

    /// <summary>
    /// Names (or, with a blank name and position, clears) the head whose responsibility is inspected. Part of what the case
    /// is about, so fixed once the decision is issued, like <see cref="Describe"/>; only an inspection (thanh tra) has such
    /// a subject, and the head is named with their position.
    /// </summary>
    public void NameAccountableHead(string? name, string? position)
    {
        NotFinal();
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        position = string.IsNullOrWhiteSpace(position) ? null : position.Trim();
        if (name == AccountableHead.Name && position == AccountableHead.Position) return;
        if (State != CaseStates.Planned) throw new BusinessException(CaseErrorCodes.DescriptionFixedByDecision, Decision.Number ?? "");
        if ((name is null) != (position is null) || (name is not null && Kind != CaseKind.Inspection))
            throw new BusinessException(CaseErrorCodes.AccountableHeadIncomplete);
        AccountableHead.Set(Check.MaxLength(name, "AccountableHeadName", CaseConsts.MaxShortTextLength),
            Check.MaxLength(position, "AccountableHeadPosition", CaseConsts.MaxShortTextLength));
        Touch();
    }

    /// <summary>
    /// The accountability outcome goes with the signed conclusion: required when the subject is a head of unit, refused
    /// otherwise (there is no one whose responsibility the conclusion could decide on).
    /// </summary>
    private void CheckAccountability(AccountabilityVerdict? verdict, string? text)
    {
        if (verdict is null && !string.IsNullOrWhiteSpace(text) && !HasAccountableHead) throw new BusinessException(CaseErrorCodes.AccountabilityWithoutHead);
        if (verdict is not null && !HasAccountableHead) throw new BusinessException(CaseErrorCodes.AccountabilityWithoutHead);
        if (verdict is null && HasAccountableHead) throw new BusinessException(CaseErrorCodes.AccountabilityOutcomeRequired, AccountableHead.Name!);
        if (verdict is { } v && !Enum.IsDefined(v)) throw new InputValidationException("Accountability.Verdict", "Validation.Invalid");
        Check.MaxLength(text, "AccountabilityText", CaseConsts.MaxTextLength);
    }
}
