namespace InspectionSuite.Cases;

/// <summary>A finding proposed from a criterion not met waits for the team to confirm or reject it.</summary>
public enum FindingStatus { Proposed = 0, Confirmed = 1, Rejected = 2 }
