using InspectionSuite.Testing;
using Microsoft.Data.Sqlite;

namespace InspectionSuite.Web.Tests.Infrastructure;

/// <summary>
/// The database a plain Development host seeds at start-up, made once per test run and per Vietnam day (demo data is dated
/// from today), by a real host, then copied consistently with VACUUM INTO.
/// </summary>
internal static class SeededTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (DateOnly Day, string Path)? _template;

    public static async Task CopyToAsync(string databasePath)
    {
        var template = await GetAsync();
        File.Copy(template, databasePath);
    }

    private static async Task<string> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            var today = VietnamTime.Today(TimeProvider.System);
            if (_template is { } made && made.Day == today) return made.Path;
            var seeding = new WebTestHost { SkipTemplate = true };
            await seeding.InitializeAsync();
            await seeding.DisposeAsync();
            var path = Path.Combine(TestPaths.NewTempDirectory("is-web-template"), "web.db");
            await using (var connection = new SqliteConnection($"{seeding.ConnectionString};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $path";
                vacuum.Parameters.AddWithValue("$path", path);
                await vacuum.ExecuteNonQueryAsync();
            }
            _template = (today, path);
            return path;
        }
        finally
        {
            Gate.Release();
        }
    }
}
