namespace InspectionSuite.Cases;

/// <summary>
/// Files that come with one case change (evidence upload, an answer to a document request, an implementation report):
/// every file is checked before any byte is stored, and when the change is not recorded the stored files are removed.
/// </summary>
public sealed class EvidenceIntake(EvidenceStore store, EvidenceOptions options)
{
    /// <summary>Stores <paramref name="files"/>, then runs <paramref name="record"/> (the case change and its save) with them.</summary>
    public async Task<T> RecordWithFilesAsync<T>(Guid caseId, IReadOnlyList<FileUploadDto> files, Func<IReadOnlyList<StoredEvidenceFile>, Task<T>> record, CancellationToken ct)
    {
        if (files.Count > CaseConsts.MaxFilesPerSubmission) throw new BusinessException(CaseErrorCodes.TooManyFiles, CaseConsts.MaxFilesPerSubmission);
        var names = files.Select(f => EvidenceFileRules.Check(options, f.FileName, f.ContentType, f.Length)).ToList();
        var stored = new List<StoredEvidenceFile>(files.Count);
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var id = Guid.NewGuid();
                var saved = await store.SaveAsync(caseId, id, names[i], files[i].Content, ct);
                stored.Add(new StoredEvidenceFile(id, names[i], saved.StoredName, ContentTypeOf(files[i].ContentType), saved.Size, saved.Sha256));
            }
            return await record(stored);
        }
        catch
        {
            // Nothing recorded → no orphan file.
            foreach (var file in stored) store.Delete(file.StoredName);
            throw;
        }
    }

    private static string ContentTypeOf(string contentType) => contentType.Split(';')[0].Trim().ToLowerInvariant();
}
