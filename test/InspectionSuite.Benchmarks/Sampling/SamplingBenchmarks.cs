using BenchmarkDotNet.Attributes;
using InspectionSuite.Organization;
using InspectionSuite.Sampling;

namespace InspectionSuite.Benchmarks.Sampling;

/// <summary>
/// One annual draw for N units with three completed checks each over ten years (steady rotation with noise):
/// ~10% never checked (overdue), 1% mandatory, 1% excluded, a risk score per unit. Input building is not measured.
/// </summary>
[MemoryDiagnoser]
public class SamplingBenchmarks
{
    private SamplingRequest _request = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rnd = new Random(20270101); // benchmark data only; the engine never uses System.Random
        var units = new SamplingUnit[Units];
        var history = new List<CompletedCheck>(Units * 3);
        var risks = new RiskScore[Units];
        var mandatory = new List<UnitReason>();
        var excluded = new List<UnitReason>();
        for (var i = 0; i < Units; i++)
        {
            var code = $"QNG-{i:D6}";
            units[i] = new SamplingUnit(code, i % 5 == 0 ? UnitKind.Department : (UnitKind)(1 + i % 3));
            risks[i] = new RiskScore(code, rnd.Next(0, 101));
            if (rnd.Next(10) > 0)
            {
                var last = rnd.Next(2023, 2027);
                for (var y = last; y >= 2017; y -= 5) history.Add(new CompletedCheck(code, y, AuthorityCode.NoiVu));
                history.Add(new CompletedCheck(code, rnd.Next(2017, 2027), AuthorityCode.ThanhTra));
            }
            if (rnd.Next(100) == 0) mandatory.Add(new UnitReason(code, "complaint"));
            if (rnd.Next(100) == 0) excluded.Add(new UnitReason(code, "State Audit 2027"));
        }
        _request = new SamplingRequest
        {
            Year = 2027, Authority = AuthorityCode.NoiVu, Seed = "QN-2027-NoiVu", Units = units, History = history,
            Mandatory = mandatory, Excluded = excluded, Risks = risks,
        };
    }

    [Benchmark]
    public SamplingResult Select() => SamplingEngine.Select(_request);
}
