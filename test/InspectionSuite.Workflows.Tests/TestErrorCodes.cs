namespace InspectionSuite.Workflows.Tests;

public static class TestErrorCodes
{
    public const string ResultsReportMissing = "Test:000001";
}
