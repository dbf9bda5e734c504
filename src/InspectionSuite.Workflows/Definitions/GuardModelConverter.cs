using System.Text.Json.Serialization;

namespace InspectionSuite.Workflows.Definitions;

internal sealed class GuardModelConverter : JsonConverter<GuardModel>
{
    public override GuardModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new GuardModel { Name = reader.GetString()! };
        var o = JsonSerializer.Deserialize<GuardObject>(ref reader, options) ?? new GuardObject();
        return new GuardModel { Name = o.Name, Limit = o.Limit, Days = o.Days, Kind = o.Kind, Times = o.Times, Article = o.Article };
    }

    public override void Write(Utf8JsonWriter writer, GuardModel value, JsonSerializerOptions options)
    {
        if (value.Limit is null && value.Days is null && value.Kind is null && value.Times is null && value.Article is null)
            writer.WriteStringValue(value.Name);
        else
            JsonSerializer.Serialize(writer, new GuardObject { Name = value.Name, Limit = value.Limit, Days = value.Days, Kind = value.Kind, Times = value.Times, Article = value.Article }, options);
    }

    private sealed class GuardObject
    {
        public string Name { get; set; } = "";
        public string? Limit { get; set; }
        public int? Days { get; set; }
        public string? Kind { get; set; }
        public int? Times { get; set; }
        public string? Article { get; set; }
    }
}
