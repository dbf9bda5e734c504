namespace InspectionSuite.Workflows.Contracts;

/// <summary>When an action runs.</summary>
public enum ActionPhase { Entry, Exit, Escalation }
