namespace InspectionSuite.Cases;

/// <summary>
/// The rules of a document request that need its case (a domain service): nothing is asked, answered, accepted or
/// returned on a closed or cancelled case, and an answer's files join the case's evidence. The request's own rules (which
/// status may be answered or decided) stay in <see cref="DocumentRequest"/>. Who may act (the team asks and decides, the
/// unit's representative answers) is checked by the application service, which loads the case for it.
/// </summary>
public static class DocumentRequestManager
{
    /// <summary>The team asks the unit for information or documents, optionally by a due date.</summary>
    public static DocumentRequest Request(InspectionCase @case, string title, string? description, DateOnly? dueDate, Guid? requestedBy, DateOnly today)
    {
        @case.NotFinal();
        if (dueDate is { } due && due < today) throw new BusinessException(CaseErrorCodes.DateRangeInvalid);
        return new DocumentRequest(@case.Id, Check.NotEmpty(title, nameof(title), CaseConsts.MaxTitleLength),
            Check.MaxLength(description, nameof(description), CaseConsts.MaxTextLength), requestedBy, today, dueDate);
    }

    /// <summary>The unit answers (or answers again after a return) with a note and/or files already stored.</summary>
    public static DocumentRequestAnswer Answer(InspectionCase @case, DocumentRequest request, string? note, IReadOnlyList<StoredEvidenceFile> files,
        Guid? answeredBy, DateTime nowUtc)
    {
        Of(@case, request);
        note = Check.MaxLength(string.IsNullOrWhiteSpace(note) ? null : note.Trim(), nameof(note), CaseConsts.MaxTextLength);
        if (note is null && files.Count == 0) throw new BusinessException(CaseErrorCodes.DocumentAnswerEmpty);
        if (files.Count > CaseConsts.MaxFilesPerSubmission) throw new BusinessException(CaseErrorCodes.TooManyFiles, CaseConsts.MaxFilesPerSubmission);
        var answer = request.AddAnswer(note, answeredBy, nowUtc);
        @case.AttachDocumentAnswerFiles(answer.Id, files, answeredBy, nowUtc);
        return answer;
    }

    public static void Accept(InspectionCase @case, DocumentRequest request, DateOnly today)
    {
        Of(@case, request);
        request.Accept(today);
    }

    public static void Return(InspectionCase @case, DocumentRequest request, string reason)
    {
        Of(@case, request);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(CaseErrorCodes.DocumentReturnReasonRequired);
        request.Return(Check.NotEmpty(reason.Trim(), nameof(reason), CaseConsts.MaxTextLength));
    }

    /// <summary>The request is one of this case's, and the case is still open.</summary>
    private static void Of(InspectionCase @case, DocumentRequest request)
    {
        @case.NotFinal();
        if (request.CaseId != @case.Id) throw new EntityNotFoundException(nameof(DocumentRequest), request.Id);
    }
}
