namespace InspectionSuite.Oversight.Overdue;

/// <summary>
/// The văn bản kiến nghị of the head of the inspectorate (Luật Thanh tra 84/2025/QH15, Điều 52) not recorded by its due
/// date, and the Chủ tịch UBND tỉnh's direction on it (Điều 53) not recorded by its due date. The due dates and the
/// overdue rule are the case page's (<see cref="CaseDeadlineCalculator"/>: the definition's <c>RecommendationLetter</c>
/// and <c>Direction</c> limits); an item leaves the board once the record is made, late or not.
/// </summary>
public sealed class LawDeadlineOverdueSource(
    IRepository<InspectionCase> cases, IRepository<WorkflowInstance> instances, CaseDeadlineCalculator deadlines, InspectionSuiteLocalizer l) : IOverdueSource
{
    // The states in which the letter and the direction are recorded (InspectionCase.RecordRecommendationLetter / RecordDirection).
    private static readonly string[] States = [CaseStates.Published, CaseStates.Sanctioning, CaseStates.FollowUp];

    public async Task<IReadOnlyList<OverdueEntry>> GetAsync(DateOnly today, DateTime nowUtc, CancellationToken ct)
    {
        var pending = await cases.ToListAsync(cases.Query()
            .Where(c => c.Kind == CaseKind.Inspection && States.Contains(c.State) && c.WorkflowInstanceId != null
                && (c.RecommendationLetterDate == null || c.DirectionDate == null)), ct);
        if (pending.Count == 0) return [];
        var instanceIds = pending.Select(c => c.WorkflowInstanceId!.Value).Distinct().ToList();
        var definitions = (await instances.ToListAsync(instances.Query().Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion }), ct)).ToDictionary(i => i.Id);
        var limits = new Dictionary<(string, int), CaseDeadlineCalculator.Limits>();
        var result = new List<OverdueEntry>();
        foreach (var c in pending)
        {
            if (!definitions.TryGetValue(c.WorkflowInstanceId!.Value, out var def)) continue;
            if (!limits.TryGetValue((def.DefinitionId, def.DefinitionVersion), out var limit))
                limits[(def.DefinitionId, def.DefinitionVersion)] = limit = await deadlines.GetLimitsAsync(def.DefinitionId, def.DefinitionVersion, ct);
            var d = deadlines.Compute(c, limit, today);
            if (c.RecommendationLetterDate is null && d.RecommendationLetterOverdue && d.RecommendationLetterDue is { } letterDue)
                result.Add(new OverdueEntry(OverdueKinds.RecommendationLetter, c.Id, l["Mon2.Overdue.RecommendationLetter"], l["Mon2.Overdue.HeadOfInspectorate"], letterDue));
            if (c.DirectionDate is null && d.DirectionOverdue && d.DirectionDue is { } directionDue)
                result.Add(new OverdueEntry(OverdueKinds.Direction, c.Id, l["Mon2.Overdue.Direction", c.RecommendationLetterNumber ?? ""], l["Mon2.Overdue.ProvinceChair"], directionDue));
        }
        return result;
    }
}
