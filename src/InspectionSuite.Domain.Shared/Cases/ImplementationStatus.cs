namespace InspectionSuite.Cases;

/// <summary>What the unit reports about one sanction or recommendation.</summary>
public enum ImplementationStatus { Done = 1, PartlyDone = 2, NotDone = 3 }
