namespace InspectionSuite.Domain.Tests.Sampling;

/// <summary>One generated unit: kind, own checks (years back), other authority's checks, risk (-1 = default), flags, merged predecessors.</summary>
public sealed record UnitSpec(int Kind, int[] OwnChecksBack, int[] OtherChecksBack, int Risk, int Mandatory, int Excluded, int Validity, int[][] Predecessors);
