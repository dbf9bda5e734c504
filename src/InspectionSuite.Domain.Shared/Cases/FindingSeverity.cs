namespace InspectionSuite.Cases;

public enum FindingSeverity { Minor = 1, Moderate = 2, Serious = 3, VerySerious = 4 }
