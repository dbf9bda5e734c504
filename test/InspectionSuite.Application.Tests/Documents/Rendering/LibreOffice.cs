using InspectionSuite.Documents;

namespace InspectionSuite.Application.Tests.Documents.Rendering;

/// <summary>
/// LibreOffice for the layout tests. When soffice is missing they are skipped with a message — unless
/// INSPECTIONSUITE_REQUIRE_LIBREOFFICE=1 (set by .ci/run), where a missing LibreOffice fails the run.
/// </summary>
public static class LibreOffice
{
    public static bool Required => Environment.GetEnvironmentVariable("INSPECTIONSUITE_REQUIRE_LIBREOFFICE") == "1";
    public static LibreOfficePdfConverter Converter { get; } = new();

    public static string? SkipReason => Converter.IsAvailable || Required
        ? null
        : "LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer-nogui to run the document layout tests.";

    /// <summary>Page 1 of every kind as PNG, kept as test artifacts for review.</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "screenshots", "documents");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
