namespace InspectionSuite.Inbox;

/// <summary>One value of a filter with how many of the inbox's tasks have it, the other filters applied.</summary>
public sealed record InboxFacetDto(string Value, string? Label, int Count);
