namespace InspectionSuite.Cases;

/// <summary>Người đứng đầu: the head of the inspected unit as the subject of an accountability inspection (name, chức vụ). Owned by <see cref="InspectionCase"/>.</summary>
public sealed class AccountableHead
{
    public string? Name { get; private set; }
    public string? Position { get; private set; }

    public bool IsNamed => !string.IsNullOrWhiteSpace(Name);

    internal void Set(string? name, string? position) { Name = name; Position = position; }
}
