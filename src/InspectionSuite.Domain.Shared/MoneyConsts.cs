namespace InspectionSuite;

/// <summary>Bounds of every money field (VND, whole đồng).</summary>
public static class MoneyConsts
{
    /// <summary>
    /// 10^15 VND (a million billion đồng), far above any amount a provincial inspection decides. Bounded items keep every
    /// total far inside decimal (and SQL Server's decimal(38)), so no sum on a page, export or dashboard can overflow.
    /// </summary>
    public const decimal MaxVnd = 1_000_000_000_000_000m;

    public static bool InRange(decimal value) => value is >= 0 and <= MaxVnd;
}
