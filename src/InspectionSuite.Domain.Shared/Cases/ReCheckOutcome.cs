namespace InspectionSuite.Cases;

/// <summary>What a re-check (kiểm tra lại việc thực hiện kết luận) found for one sanction or recommendation.</summary>
public enum ReCheckOutcome { ConfirmedDone = 1, NotDone = 2 }
