using System.Text.Encodings.Web;
using System.Text.Json;

namespace InspectionSuite.Sampling;

/// <summary>
/// The data behind one unit's decision, so that people read it as a sentence in their language (issue 18): the plan page
/// and the .xlsx annex build the sentence from the <see cref="SelectionReason"/> and these facts through the localizer
/// (Application's <c>SamplingDetailText</c>). <see cref="UnitSelection.Detail"/> stays the engine's English sentence built from
/// the same facts, for the CLI's and the CSV export's detail column.
/// </summary>
/// <param name="Year">The plan year.</param>
/// <param name="LastCheckedYear">Effective last completed check by this authority; null when never checked.</param>
/// <param name="NeverBase">The year a never-checked unit counts from.</param>
/// <param name="NoHistory">No history of this authority before the plan year (a never-checked unit counts from the plan year).</param>
/// <param name="RotationYears">ceil(1 / rate).</param>
/// <param name="CooldownYears">The plan's cooldown.</param>
/// <param name="Risk">The unit's risk score.</param>
/// <param name="GroupSize">Units of the equally long unchecked group the unit was taken from or drawn in (0 when not reached).</param>
/// <param name="Drawn">Taken by the risk-weighted draw (not as a whole group).</param>
/// <param name="Overdue">Unchecked for the rotation period or longer.</param>
/// <param name="InCooldown">Checked within the cooldown.</param>
/// <param name="MandatoryWhy">The reasons it was listed as mandatory, if it was.</param>
/// <param name="OverlapWhy">The reasons it was excluded for overlap, if it was.</param>
public sealed record SelectionFacts(
    int Year,
    int? LastCheckedYear,
    int NeverBase,
    bool NoHistory,
    int RotationYears,
    int CooldownYears,
    int Risk,
    int GroupSize,
    bool Drawn,
    bool Overdue,
    bool InCooldown,
    string? MandatoryWhy,
    string? OverlapWhy)
{
    // Vietnamese reasons stay readable in the stored JSON (no \u escapes).
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The facts stored with a plan item; null for items drawn before they were stored (their English detail is all there is).</summary>
    public static SelectionFacts? FromJson(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<SelectionFacts>(json, Json);
}
