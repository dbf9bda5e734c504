namespace InspectionSuite.Cases;

/// <summary>
/// What the conclusion of an accountability inspection (thanh tra trách nhiệm người đứng đầu, seed II.6.b) decides about
/// the head's responsibility: no violation; the head is to review and draw lessons (kiểm điểm, rút kinh nghiệm); or the
/// competent authority is recommended to consider disciplinary measures (kiến nghị xem xét xử lý kỷ luật).
/// </summary>
public enum AccountabilityVerdict { NoViolation = 1, ReviewAndDrawLessons = 2, ProposeDisciplinaryReview = 3 }
