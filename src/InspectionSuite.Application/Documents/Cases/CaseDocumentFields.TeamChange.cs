namespace InspectionSuite.Documents;

/// <summary>The decision changing the team (quyết định thay đổi thành viên Đoàn, templates/documents/team-change-decision.json).</summary>
public static partial class CaseDocumentFields
{
    /// <summary>The team change a document is of: the one named (<see cref="CaseDocumentData.MinutesId"/> names the record), else the latest.</summary>
    public static TeamChange? TeamChangeOf(InspectionCase c, Guid? id)
        => id is { } named ? c.TeamChanges.FirstOrDefault(t => t.Id == named) : c.TeamChanges.OrderBy(t => t.ChangedOn).LastOrDefault();

    private static void TeamChangeFields(Dictionary<string, string> f, CaseDocumentData d, AuthorityProfile a)
    {
        if (TeamChangeOf(d.Case, d.MinutesId) is not { } change) return; // no change: the document is not available (fields missing)
        f["Document.Number"] = NumberAndSymbol(change.DecisionNumber, "QĐ", a);
        f["Document.Date"] = change.DecisionDate is { } issued ? OfficialText.ShortDate(issued) : "";
        f["TeamChange.From"] = OfficialText.ShortDate(change.ChangedOn);
        f["TeamChange.Reason"] = change.Reason.Trim().TrimEnd('.');
        var kind = d.Case.Kind == CaseKind.Inspection ? "thanh tra" : "kiểm tra";
        // One decision changing several people lists every one of them.
        f["TeamChange.Lines"] = string.Join("\n", d.Case.RowsOfDecision(change).SelectMany(row => TeamChangeLines(row, kind)));
    }

    /// <summary>
    /// Điều 1's lines: who joins and who leaves, with their roles, by name as recorded on the day of the change. A new
    /// Trưởng đoàn replacing the one before is one line ("Cử … làm Trưởng đoàn thay …").
    /// </summary>
    public static IEnumerable<string> TeamChangeLines(TeamChange change, string kindName)
    {
        string Name(string? name) => string.IsNullOrWhiteSpace(name) ? "……………………" : name.Trim();
        if (change.AddedUserId is not null && change.AddedAsLeader && change.RemovedWasLeader)
        {
            yield return $"- Cử ông (bà) {Name(change.AddedName)} làm Trưởng đoàn {kindName} thay ông (bà) {Name(change.RemovedName)};";
            yield break;
        }
        if (change.RemovedUserId is not null)
            yield return $"- Thôi cử ông (bà) {Name(change.RemovedName)} tham gia Đoàn {kindName} ({(change.RemovedWasLeader ? "Trưởng đoàn" : "thành viên")});";
        if (change.AddedUserId is not null)
            yield return $"- Bổ sung ông (bà) {Name(change.AddedName)} làm {(change.AddedAsLeader ? "Trưởng đoàn" : "thành viên Đoàn " + kindName)};";
    }
}
