using CsCheck;
using InspectionSuite.Organization;
using InspectionSuite.Sampling;
using Shouldly;
using Xunit;

namespace InspectionSuite.Domain.Tests.Sampling;

/// <summary>No authority inspects or checks itself (issue 14): its own register unit is never in its universe.</summary>
public sealed class OwnUnitPropertyTests
{
    [Fact]
    public void Should_never_put_the_authoritys_own_unit_in_its_draw_whatever_the_register_history_and_adjustments()
    {
        var ownUnitGen = Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.Bool, Gen.Int[0, 100], Gen.OneOf(Gen.Const("TT-TINH"), Gen.Const("tt-tinh "), Gen.Const("SO-NV"), Gen.Const("So-Nv")));
        Gen.Select(Scenario.Gen_, ownUnitGen.Array[1, 3]).Sample((scenario, owns) =>
        {
            var request = scenario.Request;
            var units = request.Units.ToList();
            var mandatory = request.Mandatory.ToList();
            var history = request.History.ToList();
            var risks = request.Risks.ToList();
            foreach (var (kind, isMandatory, neverChecked, risk, rawCode) in owns.DistinctBy(o => o.Item5.Trim().ToUpperInvariant()))
            {
                var code = rawCode.Trim();
                units.Add(new SamplingUnit(code, (UnitKind)kind, null, null));
                // Even forced (mandatory) and long overdue, the own unit stays out.
                if (isMandatory) mandatory.Add(new UnitReason(code, "directive"));
                if (!neverChecked) history.Add(new CompletedCheck(code, Scenario.Year - 9, request.Authority));
                if (!risks.Any(r => string.Equals(r.UnitCode, code, StringComparison.OrdinalIgnoreCase))) risks.Add(new RiskScore(code, risk));
            }
            var withOwn = request with { Units = units, Mandatory = mandatory, History = history, Risks = risks };

            var result = SamplingEngine.Select(withOwn);

            result.Units.ShouldNotContain(u => request.Authority.IsOwnUnit(u.Code));
            // The other authority's own unit is an ordinary unit of this universe.
            var other = request.Authority == AuthorityCode.ThanhTra ? AuthorityCode.NoiVu : AuthorityCode.ThanhTra;
            var otherAdded = owns.Any(o => other.IsOwnUnit(o.Item5));
            result.Units.Any(u => other.IsOwnUnit(u.Code)).ShouldBe(otherAdded);
        }, iter: 300);
    }

    [Theory]
    [InlineData(AuthorityCode.ThanhTra, "TT-TINH", true)]
    [InlineData(AuthorityCode.ThanhTra, " tt-tinh ", true)]
    [InlineData(AuthorityCode.ThanhTra, "SO-NV", false)]
    [InlineData(AuthorityCode.NoiVu, "SO-NV", true)]
    [InlineData(AuthorityCode.NoiVu, "TT-TINH", false)]
    [InlineData(AuthorityCode.NoiVu, "SO-NV-2", false)]
    public void Should_recognise_only_the_authoritys_own_unit(AuthorityCode authority, string code, bool own)
        => authority.IsOwnUnit(code).ShouldBe(own);
}
