namespace InspectionSuite.Legal;

/// <summary>One legal instrument (law, decree, circular): number, title, issuer, dates.</summary>
public sealed record LegalInstrument(
    string Id, string Kind, string Number, string Title, string Issuer, DateOnly? IssuedOn, DateOnly? EffectiveFrom, bool Verified)
{
    /// <summary>
    /// The "Căn cứ …;" line of an official document: a law by title and number, a decree or circular by number, issuer
    /// and title; the date only when it has been checked against the gazette (<see cref="Verified"/>).
    /// </summary>
    public string Citation
    {
        get
        {
            // Nghị định 30/2020: a leading zero for days below 10 and for months 1 and 2 (as OfficialText.PlaceAndDate).
            var date = Verified && IssuedOn is { } d ? $" ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}" : "";
            return Kind == "law"
                ? $"Căn cứ {Title} số {Number}{date};"
                : $"Căn cứ {KindName} số {Number}{date} của {Issuer} {LowerFirst(Title.StartsWith(KindName, StringComparison.Ordinal) ? Title[KindName.Length..].TrimStart() : Title)};";
        }
    }

    /// <summary>"Luật Thanh tra số 84/2025/QH15": how docs and the UI name it.</summary>
    public string ShortName => Kind == "law" ? $"{Title} số {Number}" : $"{KindName} số {Number}";

    private string KindName => Kind switch { "decree" => "Nghị định", "circular" => "Thông tư", "decision" => "Quyết định", _ => "Văn bản" };

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLower(s[0], CultureInfo.GetCultureInfo("vi-VN")) + s[1..];
}
