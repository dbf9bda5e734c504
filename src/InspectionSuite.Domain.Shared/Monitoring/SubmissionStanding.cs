namespace InspectionSuite.Monitoring;

/// <summary>A unit's standing for a deadline: on time, late, missing (past due, nothing), not yet due, returned.</summary>
public enum SubmissionStanding { OnTime = 1, Late = 2, Missing = 3, NotYetDue = 4, Returned = 5 }
