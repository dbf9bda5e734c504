using InspectionSuite.Testing;
using Shouldly;
using Xunit;

namespace InspectionSuite.Cli.Tests;

public sealed class DatabaseCommandTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory("is-cli");
    // Development: the audit chain key is generated under the working directory's App_Data (the key the commands share).
    private Dictionary<string, string> Env => new()
    {
        ["ConnectionStrings__Default"] = $"Data Source={Path.Combine(_dir, "cli.db")}",
        ["DOTNET_ENVIRONMENT"] = "Development",
    };

    [Fact]
    public async Task Should_migrate_seed_import_and_verify_then_detect_tampering()
    {
        var migrate = await CliProcess.RunAsync(_dir, Env, "migrate");
        migrate.ExitCode.ShouldBe(0, migrate.Stderr);
        migrate.Stdout.ShouldContain("Applied");

        var units = Path.Combine(_dir, "units.csv");
        await File.WriteAllTextAsync(units, "code,name,kind\nC-1,Xã Một,Commune\nC-2,Sở Hai,Department\n");
        var seed = await CliProcess.RunAsync(_dir, Env, "seed", "--units", units);
        seed.ExitCode.ShouldBe(0, seed.Stderr);
        seed.Stdout.ShouldContain("2 created");

        var verify = await CliProcess.RunAsync(_dir, Env, "audit", "verify");
        verify.ExitCode.ShouldBe(0, verify.Stderr);
        verify.Stdout.ShouldContain("intact");

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(Env["ConnectionStrings__Default"]))
        {
            await connection.OpenAsync();
            var cmd = connection.CreateCommand();
            cmd.CommandText = "UPDATE AuditLog SET UserName = 'someone-else' WHERE Sequence = 2";
            (await cmd.ExecuteNonQueryAsync()).ShouldBe(1);
        }
        var tampered = await CliProcess.RunAsync(_dir, Env, "audit", "verify");
        tampered.ExitCode.ShouldBe(1);
        tampered.Stderr.ShouldContain("record 2");
    }

    [Fact]
    public async Task Should_exit_non_zero_when_the_newest_audit_records_are_deleted_after_a_checkpoint()
    {
        (await CliProcess.RunAsync(_dir, Env, "migrate")).ExitCode.ShouldBe(0);
        var units = Path.Combine(_dir, "units.csv");
        await File.WriteAllTextAsync(units, "code,name,kind\nC-1,Xã Một,Commune\nC-2,Sở Hai,Department\n");
        (await CliProcess.RunAsync(_dir, Env, "seed", "--units", units)).ExitCode.ShouldBe(0);

        var checkpoint = await CliProcess.RunAsync(_dir, Env, "audit", "checkpoint");
        checkpoint.ExitCode.ShouldBe(0, checkpoint.Stderr);
        checkpoint.Stdout.ShouldContain("Checkpoint 1:");
        var verify = await CliProcess.RunAsync(_dir, Env, "audit", "verify");
        verify.ExitCode.ShouldBe(0, verify.Stderr);
        verify.Stdout.ShouldContain("1 checkpoints");

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(Env["ConnectionStrings__Default"]))
        {
            await connection.OpenAsync();
            var cmd = connection.CreateCommand();
            cmd.CommandText = "DELETE FROM AuditLog WHERE Sequence = (SELECT max(Sequence) FROM AuditLog)";
            (await cmd.ExecuteNonQueryAsync()).ShouldBe(1);
        }
        var truncated = await CliProcess.RunAsync(_dir, Env, "audit", "verify");
        truncated.ExitCode.ShouldBe(1);
        truncated.Stderr.ShouldContain("the newest records were deleted");
    }

    [Fact]
    public async Task Should_refuse_to_touch_the_audit_chain_outside_development_without_a_configured_key()
    {
        var production = Env;
        production["DOTNET_ENVIRONMENT"] = "Production";
        var verify = await CliProcess.RunAsync(_dir, production, "audit", "verify");
        verify.ExitCode.ShouldBe(2);
        verify.Stderr.ShouldContain("Audit__ChainKeyFile");
        File.Exists(Path.Combine(_dir, "App_Data", "audit-chain.key")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_reject_a_bad_unit_file_with_file_and_line_and_import_nothing()
    {
        var units = Path.Combine(_dir, "bad.csv");
        await File.WriteAllTextAsync(units, "code,name,kind\nB-1,Xã Một,Commune\nB-2,,Ward\n");
        var seed = await CliProcess.RunAsync(_dir, Env, "seed", "--units", units);
        seed.ExitCode.ShouldBe(2);
        seed.Stderr.ShouldContain($"{units}:3: name is empty");
        seed.Stderr.ShouldContain("Nothing was imported");
    }

    [Fact]
    public async Task Should_generate_load_data_that_passes_verify_until_a_journal_row_goes_missing()
    {
        var generate = await CliProcess.RunAsync(_dir, Env, "generate", "--units", "30", "--cases", "60", "--journal", "600", "--tasks", "120");
        generate.ExitCode.ShouldBe(0, generate.Stderr);

        var verify = await CliProcess.RunAsync(_dir, Env, "verify");
        verify.ExitCode.ShouldBe(0, verify.Stderr);
        verify.Stdout.ShouldContain("60 workflow instances, 600 journal entries");

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(Env["ConnectionStrings__Default"]))
        {
            await connection.OpenAsync();
            var cmd = connection.CreateCommand();
            // Lose an acknowledged transition of one instance: the journal now has a gap.
            cmd.CommandText = "DELETE FROM WfJournal WHERE Id = (SELECT Id FROM WfJournal WHERE Sequence = 3 LIMIT 1)";
            (await cmd.ExecuteNonQueryAsync()).ShouldBe(1);
            cmd.CommandText = "UPDATE Cases SET State = 'Closed' WHERE Id = (SELECT Id FROM Cases WHERE State = 'OnSite' LIMIT 1)";
            (await cmd.ExecuteNonQueryAsync()).ShouldBe(1);
            // Lose the derived row that lets a team member see their case.
            cmd.CommandText = "DELETE FROM CaseViewers WHERE rowid = (SELECT min(rowid) FROM CaseViewers)";
            (await cmd.ExecuteNonQueryAsync()).ShouldBe(1);
        }
        var broken = await CliProcess.RunAsync(_dir, Env, "verify");
        broken.ExitCode.ShouldBe(1);
        broken.Stderr.ShouldContain("journal sequence jumps from 2 to 4");
        broken.Stderr.ShouldContain("case shows 'Closed' but its workflow instance is in 'OnSite'");
        broken.Stderr.ShouldContain("is on the case's team or re-check but has no viewer row");
    }

    [Fact]
    public async Task Should_print_usage_and_fail_on_an_unknown_command()
    {
        var result = await CliProcess.RunAsync(_dir, Env, "frobnicate");
        result.ExitCode.ShouldBe(2);
        result.Stderr.ShouldContain("unknown command");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
