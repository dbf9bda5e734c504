using P = InspectionSuite.Permissions.InspectionSuitePermissions.Cases;

namespace InspectionSuite.Documents;

/// <summary>Which one of its kind a case document is in the register (<see cref="IssuedDocument.SubjectKey"/>).</summary>
public static class CaseDocumentSubjects
{
    /// <summary>
    /// Which one of its kind a document is, in the register: a biên bản's id (the latest one when none is named; an id not
    /// of this case is "not found"); empty for the kinds a case has one of.
    /// </summary>
    public static string Key(InspectionCase @case, DocumentKind kind, Guid? minutesId)
    {
        // Each decision changing the team is its own document too: minutesId names the team change (latest when none).
        if (kind == DocumentKind.TeamChangeDecision)
        {
            // One decision changing several people is one document: its key is the decision's first row, whichever row is named.
            if (minutesId is { } changeId)
                return @case.TeamChanges.FirstOrDefault(t => t.Id == changeId) is { } named ? MinutesKey(@case.RowsOfDecision(named)[0].Id) : throw new EntityNotFoundException(nameof(TeamChange), changeId);
            return CaseDocumentFields.TeamChangeOf(@case, null) is { } latestChange ? MinutesKey(@case.RowsOfDecision(latestChange)[0].Id) : "";
        }
        if (kind != DocumentKind.Minutes)
            return minutesId is null ? "" : throw new EntityNotFoundException(nameof(CaseMinutes), minutesId.Value);
        if (minutesId is { } id)
            return @case.Minutes.Any(m => m.Id == id) ? MinutesKey(id) : throw new EntityNotFoundException(nameof(CaseMinutes), id);
        return @case.Minutes.OrderBy(m => m.HeldOn).LastOrDefault() is { } latest ? MinutesKey(latest.Id) : "";
    }

    public static string MinutesKey(Guid id) => id.ToString("N");
    public static Guid? MinutesOf(string key) => Guid.TryParseExact(key, "N", out var id) ? id : null;
}
