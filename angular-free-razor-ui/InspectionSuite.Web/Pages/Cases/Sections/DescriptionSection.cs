using Microsoft.AspNetCore.Mvc.ModelBinding;
using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>
/// Section "preparation", form "Describe" (Sections/_DescriptionForm.cshtml, issue 18): subject, scope, period, planned on-site dates, legal basis
/// (and, for an inspection, the head of the unit) edited until the decision is issued, through the one update service
/// (<see cref="ICaseAppService.UpdateAsync"/>, PUT /api/cases/{id}): its permission, its state rule
/// (<c>InspectionCase.Describe</c>: Planned only) and its validation. A refused save names the field by its label and
/// comes back with what was typed; nothing is saved.
/// </summary>
public sealed partial class DetailModel
{
    [BindProperty] public DescribeForm Describe { get; set; } = new();

    /// <summary>The form is offered where the service would accept it: Cases.Edit, and the case before its decision.</summary>
    public bool CanDescribe => CanEdit && InState(CaseStates.Planned);

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostDescribeAsync(CancellationToken ct)
    {
        // A check shows no head fields: both empty, which is what a check holds (the service refuses a head on a check).
        var head = new AccountableHeadDto(Blank(Describe.AccountableHeadName), Blank(Describe.AccountableHeadPosition));
        try
        {
            await cases.UpdateAsync(Id, new UpdateCaseDto(Describe.Subject?.Trim() ?? "", Blank(Describe.Scope), Blank(Describe.LegalBasis),
                Describe.PeriodFrom, Describe.PeriodTo, Stamp ?? "") { AccountableHead = head, PlannedOnSiteStart = Describe.PlannedOnSiteStart, PlannedOnSiteEnd = Describe.PlannedOnSiteEnd }, ct);
        }
        catch (InputValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var message in messages) DescribeError(field, l[message]);
            if (e.Errors.Count == 0) DescribeError("", l.Error(e));
            return await DescribeRefusedAsync(ct);
        }
        catch (BusinessException e) when (e.Code is CaseErrorCodes.DateRangeInvalid or CaseErrorCodes.AccountableHeadIncomplete or CaseErrorCodes.DescriptionFixedByDecision)
        {
            DescribeError(e.Code switch
            {
                CaseErrorCodes.DateRangeInvalid => nameof(DescribeForm.PeriodTo),
                CaseErrorCodes.AccountableHeadIncomplete => nameof(DescribeForm.AccountableHeadName),
                _ => "",
            }, l.Error(e));
            return await DescribeRefusedAsync(ct);
        }
        return Done(l["CaseEdit.Saved"], "preparation");
    }

    /// <summary>A message under the field, starting with the field's label (the summary at the top lists it the same way).</summary>
    private void DescribeError(string field, string message)
    {
        var name = DescribeField(field);
        var label = DescribeLabel(name);
        ModelState.AddModelError(name is null ? nameof(Describe) : $"{nameof(Describe)}.{name}", label is null ? message : l["CaseEdit.FieldError", l[label], message]);
    }

    private async Task<IActionResult> DescribeRefusedAsync(CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await RedisplayAsync(nameof(Describe), null, ct);
        return Page();
    }

    /// <summary>The form's property named by a service's field (the DTO's or the aggregate's name).</summary>
    private static string? DescribeField(string field) => field.ToLowerInvariant() switch
    {
        "subject" => nameof(DescribeForm.Subject),
        "scope" => nameof(DescribeForm.Scope),
        "legalbasis" => nameof(DescribeForm.LegalBasis),
        "periodfrom" => nameof(DescribeForm.PeriodFrom),
        "periodto" => nameof(DescribeForm.PeriodTo),
        "plannedonsitestart" => nameof(DescribeForm.PlannedOnSiteStart),
        "plannedonsiteend" => nameof(DescribeForm.PlannedOnSiteEnd),
        "accountableheadname" or "accountablehead.name" or "accountablehead" => nameof(DescribeForm.AccountableHeadName),
        "accountableheadposition" or "accountablehead.position" => nameof(DescribeForm.AccountableHeadPosition),
        _ => null,
    };

    /// <summary>The localization key of the label the form shows for <paramref name="name"/>.</summary>
    public static string? DescribeLabel(string? name) => name switch
    {
        nameof(DescribeForm.Subject) => "Cases.Subject",
        nameof(DescribeForm.Scope) => "Case.Scope",
        nameof(DescribeForm.LegalBasis) => "Case.LegalBasis",
        nameof(DescribeForm.PeriodFrom) => "CaseNew.PeriodFrom",
        nameof(DescribeForm.PeriodTo) => "CaseNew.PeriodTo",
        nameof(DescribeForm.PlannedOnSiteStart) => "CasePlanned.OnSiteStart",
        nameof(DescribeForm.PlannedOnSiteEnd) => "CasePlanned.OnSiteEnd",
        nameof(DescribeForm.AccountableHeadName) => "Head.Name",
        nameof(DescribeForm.AccountableHeadPosition) => "Head.Position",
        _ => null,
    };

    /// <summary>What the case holds, except after this form failed: then it keeps what was typed.</summary>
    private void FillDescribeForm()
    {
        Describe.IsInspection = Case.Kind == CaseKind.Inspection;
        if (FailedForm == nameof(Describe)) return;
        Describe.Subject = Case.Subject;
        Describe.Scope = Case.Scope;
        Describe.LegalBasis = Case.LegalBasis;
        Describe.PeriodFrom = Case.PeriodFrom;
        Describe.PeriodTo = Case.PeriodTo;
        Describe.PlannedOnSiteStart = Case.PlannedOnSiteStart;
        Describe.PlannedOnSiteEnd = Case.PlannedOnSiteEnd;
        Describe.AccountableHeadName = Case.AccountableHead.Name;
        Describe.AccountableHeadPosition = Case.AccountableHead.Position;
    }

    public sealed class DescribeForm
    {
        public string? Subject { get; set; }
        public string? Scope { get; set; }
        public string? LegalBasis { get; set; }
        public DateOnly? PeriodFrom { get; set; }
        public DateOnly? PeriodTo { get; set; }
        /// <summary>Ngày dự kiến bắt đầu/kết thúc làm việc tại đơn vị, printed by the decision.</summary>
        public DateOnly? PlannedOnSiteStart { get; set; }
        public DateOnly? PlannedOnSiteEnd { get; set; }
        public string? AccountableHeadName { get; set; }
        public string? AccountableHeadPosition { get; set; }
        /// <summary>Only an inspection names the head of the unit (set from the case, not posted).</summary>
        [BindNever] public bool IsInspection { get; set; }
    }
}
