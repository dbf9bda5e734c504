namespace InspectionSuite.Entities;

/// <summary>
/// The stamp of one part of an aggregate (a checklist item...), computed from what a person can edit in it. Parts carry
/// no stored stamp: two edits of the same part conflict when the second was made on content that has changed since,
/// while additions elsewhere in the aggregate (which change the aggregate's own stamp) leave it as it was.
/// </summary>
public static class ContentStamp
{
    public static string Of(params object?[] values)
    {
        var text = string.Join("\u001f", values.Select(v => v switch
        {
            null => "\u2400",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        }));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8).ToLowerInvariant();
    }
}
