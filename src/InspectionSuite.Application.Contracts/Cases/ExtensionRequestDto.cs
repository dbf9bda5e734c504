namespace InspectionSuite.Cases;

/// <summary>
/// The team's pending request for an extension (stored on the case until Leadership grants or refuses it): days asked,
/// grounds in full, who asked and when. When Leadership's "Gia hạn" task is due is in the inbox, not here.
/// </summary>
public sealed record ExtensionRequestDto(int? Days, string Grounds, string? RequestedBy, DateTime RequestedAtUtc);
