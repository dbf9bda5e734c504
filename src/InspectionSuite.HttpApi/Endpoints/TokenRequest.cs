namespace InspectionSuite.Endpoints;

public sealed record TokenRequest(string UserName, string Password);
