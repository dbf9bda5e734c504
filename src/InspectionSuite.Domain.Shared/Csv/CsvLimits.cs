namespace InspectionSuite.Csv;

/// <summary>Upload limit for every CSV import (unit register, State Audit plan): large enough for any province's register.</summary>
public static class CsvLimits
{
    public const long MaxBytes = 2 * 1024 * 1024;

    /// <summary>How many line errors an import reports: the first ones name the problem, thousands would only swamp the answer.</summary>
    public const int MaxReportedErrors = 100;

    /// <summary>
    /// Reads an uploaded CSV as text (UTF-8, or as its byte order mark says), stopping at <see cref="MaxBytes"/> + 1 bytes
    /// whatever the request declared: a chunked body has no Content-Length to check first. Null when the file is larger.
    /// </summary>
    public static async Task<string?> ReadTextAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, MaxBytes + 1 - buffer.Length)), ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) return null;
        }
        buffer.Position = 0;
        using var reader = new StreamReader(buffer);
        return await reader.ReadToEndAsync(ct);
    }

    /// <summary>The first <see cref="MaxReportedErrors"/> errors, and how many more there were.</summary>
    public static (IReadOnlyList<T> Shown, int More) Cap<T>(IReadOnlyList<T> errors)
        => errors.Count <= MaxReportedErrors ? (errors, 0) : (errors.Take(MaxReportedErrors).ToList(), errors.Count - MaxReportedErrors);
}
