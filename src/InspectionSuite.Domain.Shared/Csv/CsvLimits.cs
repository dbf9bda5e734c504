namespace InspectionSuite.Csv;

/// <summary>Upload limit for every CSV import (unit register, State Audit plan): large enough for any province's register.</summary>
public static class CsvLimits
{
    public const long MaxBytes = 2 * 1024 * 1024;
}
