using System.Security.Cryptography;

namespace InspectionSuite.Cases;

/// <summary>Evidence bytes on disk under generated names; the uploaded name is never part of a path.</summary>
public sealed class EvidenceStore(EvidenceOptions options)
{
    public sealed record Stored(string StoredName, long Size, string Sha256);

    /// <summary>Copies at most MaxBytes, hashing as it goes; more bytes than allowed (whatever was declared) is refused.</summary>
    public async Task<Stored> SaveAsync(Guid caseId, Guid evidenceId, string fileName, Stream content, CancellationToken ct)
    {
        var storedName = $"{caseId:N}/{evidenceId:N}.bin";
        var path = PathOf(storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".part";
        long size = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[EvidenceFileRules.HeadBytes];
        var headLength = 0;
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
                    var toHead = Math.Min(read, head.Length - headLength);
                    if (toHead > 0) { Buffer.BlockCopy(buffer, 0, head, headLength, toHead); headLength += toHead; }
                    sha.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            if (size == 0) throw new BusinessException(CaseErrorCodes.EvidenceEmpty);
            EvidenceFileRules.CheckContent(fileName, head.AsSpan(0, headLength));
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
