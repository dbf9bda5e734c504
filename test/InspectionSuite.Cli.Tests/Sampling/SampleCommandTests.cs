using System.Text;
using InspectionSuite.Sampling;
using Shouldly;
using Xunit;

namespace InspectionSuite.Cli.Tests.Sampling;

/// <summary>Runs <c>sample</c> in-process through <see cref="Program.Main"/> with files in a temp dir.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class SampleCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sample-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File_(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private string Plan => Path.Combine(_dir, "plan.csv");

    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (o, e) = (new StringWriter(), new StringWriter());
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            var exit = await Program.Main(["sample", .. args]);
            return (exit, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    private string Units(int departments, int locals)
    {
        var sb = new StringBuilder("code,name,kind,valid_from,valid_to,predecessors\n");
        for (var i = 0; i < departments; i++) sb.Append($"SO{i:D2},\"Sở {i}, tỉnh\",Department,,,\n");
        for (var i = 0; i < locals; i++) sb.Append($"XA{i:D3},Xã {i},{(i % 2 == 0 ? "Commune" : "Ward")},,,\n");
        sb.Append("OLD1,Xã cũ,Commune,,2025-06-30,\n");
        sb.Append("NEW1,Xã mới,Commune,2025-07-01,,OLD1;XA000\n");
        return File_("units.csv", sb.ToString());
    }

    private string[] Args(string units, params string[] more)
        => ["--units", units, "--year", "2027", "--authority", "NoiVu", "--seed", "QN-2027-NoiVu", "--out", Plan, .. more];

    [Fact]
    public async Task Should_write_the_plan_in_the_exact_format_and_print_counts_seed_and_version()
    {
        var units = Units(12, 30);
        var history = File_("history.csv", "unit_code,year,authority\nSO01,2026,NoiVu\nXA001,2024,NoiVu\nOLD1,2025,NoiVu\nXA000,2024,NoiVu\nSO02,2026,ThanhTra\n");
        var mandatory = File_("mandatory.csv", "unit_code,reason\nXA005,\"complaint, 2026\"\n");
        var exclude = File_("exclude.csv", "unit_code,reason\nSO03,State Audit 2027\n");
        var risk = File_("risk.csv", "unit_code,score\nSO04,95\nXA007,10\n");

        var (exit, stdout, stderr) = await Run(Args(units, "--history", history, "--mandatory", mandatory, "--exclude", exclude, "--risk", risk));

        exit.ShouldBe(0, stderr);
        // Never-checked units count from 2023 (the year before the earliest history year): 4 years, not yet overdue.
        stdout.ShouldContain("algorithm: " + SamplingEngine.AlgorithmVersion);
        stdout.ShouldContain("seed: QN-2027-NoiVu");
        stdout.ShouldContain("Department: N=12 quota=3 selected=3");
        stdout.ShouldContain("Local: N=31 quota=7 selected=7");
        var lines = File.ReadAllLines(Plan);
        lines[0].ShouldBe("unit_code,stratum,selected,reason,detail");
        lines.Length.ShouldBe(1 + 12 + 31); // OLD1 is outside the universe
        var codes = lines.Skip(1).Select(l => l.Split(',')[0]).ToArray();
        codes.ShouldBe(codes.Order(StringComparer.Ordinal).ToArray());
        codes.ShouldNotContain("OLD1");
        lines.ShouldContain(l => l.StartsWith("XA005,Local,true,MANDATORY,", StringComparison.Ordinal) && l.Contains("\"mandatory: complaint, 2026"));
        lines.ShouldContain(l => l.StartsWith("XA002,Local,true,RISK_DRAW,", StringComparison.Ordinal) || l.StartsWith("XA002,Local,false,NOT_DRAWN,", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("SO03,Department,false,EXCLUDED_OVERLAP,", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("SO01,Department,false,EXCLUDED_COOLDOWN,", StringComparison.Ordinal));
        // NEW1 inherits the oldest check of OLD1 (2025) and XA000 (2024).
        lines.Single(l => l.StartsWith("NEW1,", StringComparison.Ordinal)).ShouldContain("last checked 2024");
    }

    [Fact]
    public async Task Should_write_a_byte_identical_plan_when_rerun_with_the_same_seed()
    {
        var units = Units(20, 50);
        (await Run(Args(units))).Exit.ShouldBe(0);
        var first = File.ReadAllBytes(Plan);
        File.Delete(Plan);
        (await Run(Args(units))).Exit.ShouldBe(0);
        File.ReadAllBytes(Plan).ShouldBe(first);

        (await Run(["--units", units, "--year", "2027", "--authority", "NoiVu", "--seed", "another seed", "--out", Plan])).Exit.ShouldBe(0);
        File.ReadAllBytes(Plan).ShouldNotBe(first);
    }

    [Fact]
    public async Task Should_exit_2_with_file_and_line_and_write_no_plan_on_a_bad_row()
    {
        var units = Units(3, 3);
        var history = File_("history.csv", "unit_code,year,authority\nSO01,2026,NoiVu\nSO02,twenty,NoiVu\n");
        var risk = File_("risk.csv", "unit_code,score\nSO00,50\nSO00,60\nNOPE,101\n");

        var (exit, _, stderr) = await Run(Args(units, "--history", history, "--risk", risk));

        exit.ShouldBe(2);
        stderr.ShouldContain($"{history}:3: year 'twenty' is not a year");
        stderr.ShouldContain($"{risk}:3: duplicate risk score for 'SO00' (first on line 2)");
        stderr.ShouldContain($"{risk}:4: unit 'NOPE' is not in the units file");
        stderr.ShouldContain($"{risk}:4: score '101' is not an integer 0–100");
        File.Exists(Plan).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_exit_2_with_the_units_file_line_for_a_bad_unit()
    {
        var units = File_("units.csv", "code,name,kind\nA,Sở A,Department\nB,Xã B,Village\n");
        var (exit, _, stderr) = await Run(Args(units));
        exit.ShouldBe(2);
        stderr.ShouldContain($"{units}:3: unknown kind 'Village'");
        File.Exists(Plan).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_exit_2_on_a_bad_option()
    {
        var (exit, _, stderr) = await Run(Args(Units(2, 2), "--rate", "0,2"));
        exit.ShouldBe(2);
        stderr.ShouldContain("--rate '0,2'");
        File.Exists(Plan).ShouldBeFalse();

        var (exit2, _, stderr2) = await Run(["--units", Units(2, 2), "--year", "2027", "--authority", "NoiVu", "--seed", " ", "--out", Plan]);
        exit2.ShouldBe(2);
        stderr2.ShouldContain("--seed must not be empty");
        File.Exists(Plan).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_exit_3_and_still_write_the_plan_when_exclusions_make_the_quota_impossible()
    {
        var units = File_("units.csv", "code,name,kind\nA,Sở A,Department\nB,Sở B,Department\nC,Xã C,Commune\n");
        var exclude = File_("exclude.csv", "unit_code,reason\nA,State Audit\nB,Thanh tra tỉnh plan\n");

        var (exit, stdout, _) = await Run(Args(units, "--exclude", exclude));

        exit.ShouldBe(3);
        stdout.ShouldContain("Department: N=2 quota=1 selected=0 shortfall=1 fix=OverrideExclusion");
        stdout.ShouldContain("candidates: A B");
        File.ReadAllLines(Plan).Length.ShouldBe(4);
    }
}
