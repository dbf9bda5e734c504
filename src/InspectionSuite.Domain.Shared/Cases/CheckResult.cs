namespace InspectionSuite.Cases;

/// <summary>Result of one checklist criterion.</summary>
public enum CheckResult { NotChecked = 0, Met = 1, NotMet = 2, NotApplicable = 3 }
