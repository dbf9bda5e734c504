namespace InspectionSuite.Documents;

/// <summary>Column value types of an export; each maps to one cell format in xlsx and one text form in CSV.</summary>
public enum ColumnType
{
    /// <summary>string</summary>
    Text,
    /// <summary>long (int accepted)</summary>
    Integer,
    /// <summary>decimal amount in đồng, shown with thousands grouping and no decimals</summary>
    MoneyVnd,
    /// <summary>decimal with one decimal place shown, e.g. a percentage</summary>
    Decimal,
    /// <summary>DateOnly</summary>
    Date,
}
