namespace InspectionSuite.Inbox;

/// <summary>Bounds of the inbox's unit search.</summary>
public static class InboxUnitSearch
{
    /// <summary>A unit's longest name: a longer text matches no unit.</summary>
    public const int MaxFilterLength = Organization.UnitConsts.MaxNameLength;
    public const int DefaultTake = 15;
    public const int MaxTake = 50;
}
