namespace InspectionSuite.Documents;

/// <summary>Register of one body and year, newest number first; <paramref name="Page"/> from 1.</summary>
public sealed record GetRegisterInput(AuthorityCode Authority, int Year, int Page = 1);
