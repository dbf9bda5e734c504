using System.Reflection;

namespace InspectionSuite.Workflows;

/// <summary>Settings of the runtime, given to <c>AddWorkflowRuntime</c>.</summary>
public sealed class WorkflowRuntimeOptions
{
    /// <summary>Directory of the JSON definitions imported (as published) when the timer host starts.</summary>
    public string DefinitionsDirectory { get; set; } = "workflows";

    /// <summary>Import <see cref="DefinitionsDirectory"/> at host start; an invalid file stops the start, saying why.</summary>
    public bool ImportDefinitionsOnStart { get; set; } = true;

    /// <summary>Public holidays (local dates) skipped by working-day durations, besides Saturdays and Sundays.</summary>
    public List<DateOnly> Holidays { get; } = [];

    /// <summary>Offset of the local calendar from UTC used to count days (Vietnam: +7, no daylight saving).</summary>
    public TimeSpan CalendarUtcOffset { get; set; } = VietnamTime.Offset;

    /// <summary>How often the timer host looks for due timers.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Recorded on each timer this host processes.</summary>
    public string HostId { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Permission that lets someone other than the assignee reassign a task.</summary>
    public string ReassignPermission { get; set; } = "Workflows.Tasks.Reassign";

    /// <summary>Register the timer <c>BackgroundService</c>.</summary>
    public bool RunTimerHost { get; set; } = true;

    /// <summary>Assemblies scanned for [WorkflowGuard]/[WorkflowAction] components.</summary>
    public List<Assembly> ComponentAssemblies { get; } = [];

    public WorkflowRuntimeOptions AddComponentsFrom(params Assembly[] assemblies)
    {
        ComponentAssemblies.AddRange(assemblies);
        return this;
    }
}
