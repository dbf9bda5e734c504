namespace InspectionSuite.Cases;

/// <summary>Where and from when to when the conclusion is posted (<c>Publication</c>).</summary>
public sealed record PublicationDto(string? Channel, DateOnly? From, DateOnly? To)
{
    public static readonly PublicationDto None = new(null, null, null);
}
