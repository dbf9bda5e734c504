namespace InspectionSuite.Documents;

public abstract record DocumentBlock;
