namespace InspectionSuite.Cases;

/// <summary>The head of the unit as the subject of an accountability inspection (người đứng đầu: name, chức vụ); both null otherwise.</summary>
public sealed record AccountableHeadDto(string? Name, string? Position)
{
    public static readonly AccountableHeadDto None = new(null, null);
}
