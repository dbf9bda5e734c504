namespace InspectionSuite.Cases;

/// <summary>The team's answer to a unit's report that an item is done (theo dõi, đôn đốc): confirmed, or rejected with a reason.</summary>
public enum ImplementationReview { Confirmed = 1, Rejected = 2 }
