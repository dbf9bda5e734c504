using System.Security.Cryptography;

namespace InspectionSuite.Cases;

/// <summary>Where evidence files go and what is accepted. Bound from configuration "Cases:Evidence" by the host.</summary>
public sealed class EvidenceOptions
{
    /// <summary>Directory outside the database (and outside wwwroot) holding the files.</summary>
    public string RootDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "App_Data", "evidence");
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Allowed extension → allowed content types. Anything else is refused.</summary>
    public Dictionary<string, string[]> AllowedTypes { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ["application/pdf"],
        [".docx"] = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
        [".xlsx"] = ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        [".doc"] = ["application/msword"],
        [".xls"] = ["application/vnd.ms-excel"],
        [".jpg"] = ["image/jpeg"],
        [".jpeg"] = ["image/jpeg"],
        [".png"] = ["image/png"],
        [".txt"] = ["text/plain"],
        [".csv"] = ["text/csv", "text/plain"],
    };
}

/// <summary>Checks an upload's name, type and declared size before any byte is stored.</summary>
public static class EvidenceFileRules
{
    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>Returns the normalized display name or throws a localized refusal.</summary>
    public static string Check(EvidenceOptions options, string? fileName, string? contentType, long declaredLength)
    {
        var name = (fileName ?? "").Trim();
        if (name.Length == 0 || name.Length > CaseConsts.MaxShortTextLength || name.IndexOfAny(Forbidden) >= 0 || name.Contains("..", StringComparison.Ordinal)
            || name.Any(char.IsControl) || name.StartsWith('.') || name.EndsWith('.') || Path.GetFileName(name) != name)
            throw new BusinessException(CaseErrorCodes.EvidenceFileNameInvalid, fileName);
        var extension = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        // "report.pdf.exe" and "photo.exe.jpg": a second extension hides the real type from people and scanners.
        if (Path.GetExtension(stem) is { Length: > 1 } inner && inner.Skip(1).All(char.IsAsciiLetterOrDigit))
            throw new BusinessException(CaseErrorCodes.EvidenceFileNameInvalid, fileName);
        var type = (contentType ?? "").Split(';')[0].Trim();
        if (!options.AllowedTypes.TryGetValue(extension, out var types) || !types.Contains(type, StringComparer.OrdinalIgnoreCase))
            throw new BusinessException(CaseErrorCodes.EvidenceTypeNotAllowed, extension, type);
        if (declaredLength > options.MaxBytes) throw new BusinessException(CaseErrorCodes.EvidenceTooLarge, options.MaxBytes);
        if (declaredLength == 0) throw new BusinessException(CaseErrorCodes.EvidenceEmpty);
        return name;
    }
}

/// <summary>Evidence bytes on disk under generated names; the uploaded name is never part of a path.</summary>
public sealed class EvidenceStore(EvidenceOptions options)
{
    public sealed record Stored(string StoredName, long Size, string Sha256);

    /// <summary>Copies at most MaxBytes, hashing as it goes; more bytes than allowed (whatever was declared) is refused.</summary>
    public async Task<Stored> SaveAsync(Guid caseId, Guid evidenceId, Stream content, CancellationToken ct)
    {
        var storedName = $"{caseId:N}/{evidenceId:N}.bin";
        var path = PathOf(storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".part";
        long size = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > options.MaxBytes) throw new BusinessException(CaseErrorCodes.EvidenceTooLarge, options.MaxBytes);
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            if (size == 0) throw new BusinessException(CaseErrorCodes.EvidenceEmpty);
            File.Move(temp, path);
            return new Stored(storedName, size, Convert.ToHexStringLower(sha.GetHashAndReset()));
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public Stream OpenRead(string storedName) => new FileStream(PathOf(storedName), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(string storedName)
    {
        var path = PathOf(storedName);
        if (File.Exists(path)) File.Delete(path);
    }

    private string PathOf(string storedName)
    {
        var root = Path.GetFullPath(options.RootDirectory);
        var full = Path.GetFullPath(Path.Combine(root, storedName));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) throw new BusinessException(CaseErrorCodes.EvidenceFileNameInvalid, storedName);
        return full;
    }
}

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
                var saved = await store.SaveAsync(caseId, id, files[i].Content, ct);
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
