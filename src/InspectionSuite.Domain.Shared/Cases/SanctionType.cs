namespace InspectionSuite.Cases;

/// <summary>
/// xử phạt hành chính, kỷ luật, thu hồi, chuyển cơ quan điều tra, kiến nghị khắc phục (chấn chỉnh); a check's outcomes are
/// only CorrectiveRecommendation (kiến nghị chấn chỉnh) and AccountabilityProposal (kiến nghị xử lý trách nhiệm).
/// </summary>
public enum SanctionType { AdministrativeFine = 1, Discipline = 2, Recovery = 3, ReferralToInvestigation = 4, CorrectiveRecommendation = 5, AccountabilityProposal = 6 }
