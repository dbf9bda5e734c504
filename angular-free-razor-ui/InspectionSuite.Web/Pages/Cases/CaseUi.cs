using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace InspectionSuite.Web.Pages.Cases;

/// <summary>Display helpers shared by the case pages (no business rule: dates, labels, validation messages).</summary>
public static class CaseUi
{
    // Times and dates come from the one clock users see (VietnamTime).
    public static DateOnly Today(TimeProvider time) => VietnamTime.Today(time);

    public static DateOnly LocalDate(DateTime utc) => VietnamTime.DateOf(utc);

    public static string LocalTime(DateTime utc) => VietnamTime.DateTimeText(utc);

    public static string Date(DateOnly? d) => VietnamTime.DateText(d);

    /// <summary>"5 days", "Due today" or "Overdue by 3 days".</summary>
    public static string DaysLeft(InspectionSuiteLocalizer l, DateOnly due, DateOnly today)
    {
        var days = due.DayNumber - today.DayNumber;
        return days switch
        {
            0 => l["Common.DueToday"],
            < 0 => l["Common.OverdueDays", -days],
            _ => l["Common.Days", days],
        };
    }

    /// <summary>"1.000.000 đ" on Vietnamese pages, "1,000,000 VND" on English ones (docs/glossary.md).</summary>
    public static string Money(decimal? amount) => amount is not { } a ? "—"
        : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? a.ToString("#,0", CultureInfo.InvariantCulture) + " VND"
        : a.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")) + " đ";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };

    /// <summary>Template fields a document still lacks, in words ("số văn bản, số ngày gia hạn"), not their keys.</summary>
    public static string FieldNames(InspectionSuiteLocalizer l, IEnumerable<string> fields)
        => string.Join(", ", fields.Select(f => l["DocField." + f] is var text && text != "DocField." + f ? text : l["Entity.Unknown"]));

    /// <summary>Who did a step: a person's name, or "Hệ thống" for timers and the workflow itself (journaled as "System").</summary>
    public static string Actor(InspectionSuiteLocalizer l, string? actorName)
        => string.IsNullOrEmpty(actorName) || actorName == InspectionSuite.Workflows.Contracts.WorkflowActor.System.DisplayName ? l["History.System"] : actorName;

    public static string State(InspectionSuiteLocalizer l, string? state) => state is null ? "—" : l["CaseState." + state];

    public static string StateBadge(string state) => state switch
    {
        "Closed" => "text-bg-secondary",
        "Cancelled" => "text-bg-dark",
        "OnSite" or "Reporting" => "text-bg-warning",
        "FollowUp" or "Sanctioning" => "text-bg-info",
        _ => "text-bg-primary",
    };

    /// <summary>Puts field errors of an app-service validation failure under the form's prefix ("Minutes.Title").</summary>
    public static void AddErrors(this ModelStateDictionary modelState, InputValidationException error, string prefix, InspectionSuiteLocalizer l)
    {
        foreach (var (field, messages) in error.Errors)
        {
            var key = string.IsNullOrEmpty(field) ? prefix : $"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
            foreach (var message in messages) modelState.AddModelError(key, l[message]);
        }
        if (error.Errors.Count == 0) modelState.AddModelError(prefix, l.Error(error));
    }
}
