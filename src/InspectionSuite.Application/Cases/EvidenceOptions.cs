namespace InspectionSuite.Cases;

/// <summary>Where evidence files go and what is accepted. Bound from configuration "Cases:Evidence" by the host.</summary>
public sealed class EvidenceOptions
{
    /// <summary>Directory outside the database (and outside wwwroot) holding the files.</summary>
    public string RootDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "App_Data", "evidence");
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Allowed extension → allowed content types. Anything else is refused.</summary>
    public Dictionary<string, string[]> AllowedTypes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ["application/pdf"],
        [".docx"] = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        [".xlsx"] = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        [".doc"] = ["application/msword"],
        [".xls"] = ["application/vnd.ms-excel"],
        [".jpg"] = ["image/jpeg"],
        [".jpeg"] = ["image/jpeg"],
        [".png"] = ["image/png"],
        [".txt"] = ["text/plain"],
        [".csv"] = ["text/csv", "text/plain"],
    };
}
