namespace InspectionSuite.Identity;

public sealed record PermissionGrantStateDto(string Name, bool IsGranted);
