namespace InspectionSuite.Cases.Workflow;

/// <summary>What the case guards and actions share: the case of an instance (by correlation id) and today's local date.</summary>
public sealed class CaseWorkflowContext(IRepository<InspectionCase> cases, TimeProvider time, WorkflowRuntimeOptions options)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime + options.CalendarUtcOffset);

    /// <summary>The tracked case (the app service's own instance when it loaded it in this scope).</summary>
    public async Task<InspectionCase> GetCaseAsync(string correlationId, CancellationToken ct)
        => Guid.TryParse(correlationId, out var id)
            ? await cases.GetAsync(id, ct)
            : throw new EntityNotFoundException(nameof(InspectionCase), correlationId);
}
