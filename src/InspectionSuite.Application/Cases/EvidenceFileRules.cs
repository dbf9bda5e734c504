namespace InspectionSuite.Cases;

/// <summary>
/// Checks an upload's name, type and declared size before any byte is stored (<see cref="Check"/>), and its first bytes
/// against its type once stored (<see cref="CheckContent"/>). The one rule set of every upload path (evidence, answers to
/// document requests, implementation reports), all of which go through <see cref="EvidenceIntake"/>.
/// </summary>
public static class EvidenceFileRules
{
    // ';' too: "a.exe;.pdf" is read as "a.exe" by some servers and tools.
    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|', ';'];

    /// <summary>How far into a file its signature may be looked for (a PDF header may follow a few bytes of junk).</summary>
    public const int HeadBytes = 1024;

    // The first bytes each allowed type starts with; .txt and .csv have none (text: no NUL byte in the head instead).
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = Zip, [".xlsx"] = Zip,
        [".doc"] = Ole2, [".xls"] = Ole2,
        [".jpg"] = Jpeg, [".jpeg"] = Jpeg,
        [".png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
    };
    private static readonly string[] TextTypes = [".txt", ".csv"];

    /// <summary>Returns the normalized display name or throws a localized refusal.</summary>
    public static string Check(EvidenceOptions options, string? fileName, string? contentType, long declaredLength)
    {
        var name = (fileName ?? "").Trim();
        if (!IsSafeName(name))
            throw new BusinessException(CaseErrorCodes.EvidenceFileNameInvalid, fileName) { Errors = Field("FileName", "Validation.FileName") };
        var extension = Path.GetExtension(name);
        var type = (contentType ?? "").Split(';')[0].Trim();
        if (!options.AllowedTypes.TryGetValue(extension, out var types) || !types.Contains(type, StringComparer.OrdinalIgnoreCase))
            throw new BusinessException(CaseErrorCodes.EvidenceTypeNotAllowed, extension, type);
        if (declaredLength > options.MaxBytes) throw new BusinessException(CaseErrorCodes.EvidenceTooLarge, options.MaxBytes);
        if (declaredLength == 0) throw new BusinessException(CaseErrorCodes.EvidenceEmpty);
        return name;
    }

    /// <summary>
    /// Refuses a file whose first bytes are not those of its extension's type (an executable renamed .pdf); types without
    /// a known signature are accepted as they are, text types when they hold no NUL byte.
    /// </summary>
    public static void CheckContent(string fileName, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName);
        var matches = extension.Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? head.IndexOf("%PDF-"u8) >= 0
            : Signatures.TryGetValue(extension, out var signature) ? head.StartsWith(signature)
            : !TextTypes.Contains(extension, StringComparer.OrdinalIgnoreCase) || !head.Contains((byte)0);
        if (!matches)
            throw new BusinessException(CaseErrorCodes.EvidenceContentMismatch, fileName, extension) { Errors = Field("Content", "Validation.FileContent") };
    }

    private static bool IsSafeName(string name)
    {
        if (name.Length == 0 || name.Length > CaseConsts.MaxShortTextLength || name.IndexOfAny(Forbidden) >= 0 || name.Contains("..", StringComparison.Ordinal)
            || name.StartsWith('.') || name.EndsWith('.') || Path.GetFileName(name) != name)
            return false;
        // Control and format characters make a name read differently from what it is: U+202E (right-to-left override)
        // shows "invoice\u202Efdp.exe" as "invoiceexe.pdf"; U+200E/F, U+2066-2069 and zero-width characters hide things too.
        if (name.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator))
            return false;
        var extension = Path.GetExtension(name);
        // The extension decides the type: ASCII letters and digits only, so no look-alike ("р" of Cyrillic in ".рdf") or mixed script.
        if (extension.Length < 2 || !extension.Skip(1).All(char.IsAsciiLetterOrDigit)) return false;
        var stem = name[..^extension.Length];
        // "a.exe .pdf": spaces or dots right before the extension set off a second one.
        if (char.IsWhiteSpace(stem[^1]) || stem[^1] == '.') return false;
        // "report.pdf.exe", "photo.exe.jpg" (or with look-alike letters): a second extension hides the real type from people and scanners.
        return !(Path.GetExtension(stem) is { Length: > 1 } inner && inner.Skip(1).All(char.IsLetterOrDigit));
    }

    private static Dictionary<string, string[]> Field(string field, string message) => new() { [field] = [message] };
}
