namespace InspectionSuite.Cases;

public static class CaseConsts
{
    public const int MaxCodeLength = 64;
    public const int MaxTitleLength = 512;
    public const int MaxShortTextLength = 256;
    public const int MaxTextLength = 4000;
    /// <summary>Reports, conclusions and work plans: long text, never loaded by lists.</summary>
    public const int MaxLongTextLength = 200_000;
    public const int MinPublicationDays = 15;
    public const int MaxTeamSize = 30;
    public const int MaxReCheckInspectors = 30;
    /// <summary>Files in one answer to a document request or one implementation report.</summary>
    public const int MaxFilesPerSubmission = 10;
}
