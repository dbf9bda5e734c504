namespace InspectionSuite.Documents;

/// <summary>Sanctions of one type (administrative fine, discipline, recovery, referral) with money decided and recovered.</summary>
public sealed record SanctionTotal(string Type, int Count, decimal AmountDecided, decimal AmountRecovered);
