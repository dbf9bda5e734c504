namespace InspectionSuite.Documents;

public sealed record TabularColumn(string Header, ColumnType Type = ColumnType.Text, double? Width = null)
{
    /// <summary>Width in characters: the given one, else a default for the type.</summary>
    public double EffectiveWidth => Width ?? Type switch
    {
        ColumnType.Text => 32,
        ColumnType.MoneyVnd => 20,
        ColumnType.Date => 13,
        _ => 12,
    };
}
