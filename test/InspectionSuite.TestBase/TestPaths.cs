namespace InspectionSuite.Testing;

/// <summary>Locations in the repository and throw-away directories for tests.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string WebProject => Path.Combine(RepositoryRoot, "angular-free-razor-ui", "InspectionSuite.Web");
    public static string Workflows => Path.Combine(RepositoryRoot, "workflows");

    public static string NewTempDirectory(string prefix = "is-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InspectionSuite.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("InspectionSuite.sln not found above " + AppContext.BaseDirectory);
    }
}
