namespace InspectionSuite.Integrity;

/// <summary>One broken invariant found by <see cref="IntegrityVerifier"/>.</summary>
public sealed record IntegrityViolation(string Check, string Subject, string Detail);
