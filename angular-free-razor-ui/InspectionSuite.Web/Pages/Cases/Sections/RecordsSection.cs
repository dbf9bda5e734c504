using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>Sections "minutes" and "diary" (Sections/_Records.cshtml): biên bản and the team's nhật ký, additions to the case.</summary>
public sealed partial class DetailModel
{
    [BindProperty] public MinutesForm Minutes { get; set; } = new();
    [BindProperty] public DiaryForm Diary { get; set; } = new();

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostMinutesAsync(CancellationToken ct)
    {
        await cases.AddMinutesAsync(Id, new AddMinutesDto(Minutes.Title ?? "", Minutes.HeldOn ?? default, Minutes.Content ?? "", Stamp ?? ""), ct);
        return Done(l["Minutes.Added"], "minutes");
    }

    [RequirePermission(P.Edit)]
    public async Task<IActionResult> OnPostDiaryAsync(CancellationToken ct)
    {
        await cases.AddDiaryEntryAsync(Id, new AddDiaryEntryDto(Diary.Date ?? default, Diary.Text ?? "", Stamp ?? ""), ct);
        return Done(l["Diary.Added"], "diary");
    }

    /// <summary>After a successful post the forms start empty with today's date; after a failed one they keep what was typed.</summary>
    private void FillRecordForms()
    {
        if (FailedForm is not null) return;
        Minutes.HeldOn ??= Today;
        Diary.Date ??= Today;
    }

    public sealed class MinutesForm { public string? Title { get; set; } public DateOnly? HeldOn { get; set; } public string? Content { get; set; } }
    public sealed class DiaryForm { public DateOnly? Date { get; set; } public string? Text { get; set; } }
}
