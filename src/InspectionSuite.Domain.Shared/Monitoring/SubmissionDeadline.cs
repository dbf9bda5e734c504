namespace InspectionSuite.Monitoring;

/// <summary>On time, late, missing, not yet due or returned, against a due date (one rule for plans and periodic reports).</summary>
public static class SubmissionDeadline
{
    /// <param name="due">The last day that is on time.</param>
    /// <param name="firstSubmittedOn">When the unit first submitted (a resubmission after a return keeps it).</param>
    public static SubmissionStanding Standing(DateOnly due, DateOnly? firstSubmittedOn, bool returned, DateOnly today)
        => returned ? SubmissionStanding.Returned
            : firstSubmittedOn is { } on ? (on <= due ? SubmissionStanding.OnTime : SubmissionStanding.Late)
            : today > due ? SubmissionStanding.Missing : SubmissionStanding.NotYetDue;
}
