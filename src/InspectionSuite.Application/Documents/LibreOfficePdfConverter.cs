using System.Diagnostics;

namespace InspectionSuite.Documents;

/// <summary>
/// .docx → PDF (or PNG of page 1) with LibreOffice headless (<c>soffice --headless --convert-to pdf</c>, Debian package
/// libreoffice-writer-nogui). The path is a setting (Documents:SofficePath, default "soffice" on PATH); when it is
/// missing <see cref="IsAvailable"/> is false and callers serve the .docx and say PDF is unavailable.
/// Each conversion uses its own LibreOffice profile directory, so parallel conversions do not lock each other.
/// </summary>
public sealed class LibreOfficePdfConverter(string? sofficePath = null)
{
    public string SofficePath { get; } = string.IsNullOrWhiteSpace(sofficePath) ? "soffice" : sofficePath;

    /// <summary>The executable found: an absolute path that exists, or a name found on PATH.</summary>
    public string? Executable => Resolve(SofficePath);

    public bool IsAvailable => Executable is not null;

    public async Task<byte[]> ToPdfAsync(byte[] docx, CancellationToken ct = default) => (await ToPdfAsync([docx], ct))[0];

    /// <summary>Several documents in one LibreOffice start (starting it is most of the time a conversion takes).</summary>
    public async Task<IReadOnlyList<byte[]>> ToPdfAsync(IReadOnlyList<byte[]> documents, CancellationToken ct = default)
    {
        const string format = "pdf";
        var exe = Executable ?? throw new InvalidOperationException($"LibreOffice ({SofficePath}) is not installed.");
        var work = Directory.CreateTempSubdirectory("inspectionsuite-soffice-");
        try
        {
            var inputs = new List<string>();
            for (var i = 0; i < documents.Count; i++)
            {
                var input = Path.Combine(work.FullName, $"document{i}.docx");
                await File.WriteAllBytesAsync(input, documents[i], ct);
                inputs.Add(input);
            }
            var profile = new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(exe)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = work.FullName,
            };
            foreach (var arg in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", format, "--outdir", work.FullName }.Concat(inputs))
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("LibreOffice did not start.");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(2 + documents.Count / 2));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.ReadToEndAsync(timeout.Token);
            try { await process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); throw; }
            var result = new List<byte[]>();
            foreach (var input in inputs)
            {
                var output = Path.ChangeExtension(input, format);
                if (process.ExitCode != 0 || !File.Exists(output))
                    throw new InvalidOperationException($"LibreOffice could not convert {Path.GetFileName(input)} to {format} (exit {process.ExitCode}): {await stderr}");
                result.Add(await File.ReadAllBytesAsync(output, ct));
            }
            return result;
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
        }
    }

    private static string? Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return File.Exists(path) ? path : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, path);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
