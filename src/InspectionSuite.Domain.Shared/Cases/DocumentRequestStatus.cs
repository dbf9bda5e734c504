namespace InspectionSuite.Cases;

/// <summary>
/// A document request from the team to the unit: Open → Answered (the unit replied) → Accepted, or Returned with a
/// reason (the unit answers again, → Answered).
/// </summary>
public enum DocumentRequestStatus { Open = 0, Answered = 1, Accepted = 2, Returned = 3 }
