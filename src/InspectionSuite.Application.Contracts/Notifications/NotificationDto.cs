namespace InspectionSuite.Notifications;

/// <summary>A notification of the current user, its title and message localized for the current UI culture.</summary>
public sealed record NotificationDto(Guid Id, string Kind, string Title, string Message, string? Link, Guid? CaseId, DateTime CreatedAtUtc, DateTime? ReadAtUtc)
{
    public bool IsRead => ReadAtUtc is not null;
    /// <summary>The localized title and message before their arguments are put in, so a page can mark data typed in Vietnamese (subjects, unit names) with lang="vi".</summary>
    public string? TitleTemplate { get; init; }
    public string? MessageTemplate { get; init; }
    public IReadOnlyList<string?> TitleArgs { get; init; } = [];
    public IReadOnlyList<string?> MessageArgs { get; init; } = [];
}
