namespace InspectionSuite.Documents;

internal static class Percentages
{
    public static decimal Of(decimal part, decimal whole)
        => whole == 0 ? 0 : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
}
