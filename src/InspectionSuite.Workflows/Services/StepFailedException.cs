namespace InspectionSuite.Workflows.Services;

/// <summary>An action failed inside a step whose transaction the caller (the timer service) owns.</summary>
internal sealed class StepFailedException(string? action, Exception inner) : Exception(inner.Message, inner)
{
    public string? ActionName { get; } = action;
}
