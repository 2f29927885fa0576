using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.PrintRoom;

/// <summary>
/// Small PNGs of the first pages of a batch's PDFs, drawn once by pdftoppm and kept in the batch's own folder
/// (thumbs/), so they go wherever the batch's files go. A built file never changes, so a drawn thumbnail never goes
/// stale; two requests drawing the same one at once each write a file of their own and the last rename wins.
/// </summary>
public sealed class PageThumbnails(IOptions<ThumbnailOptions> options, ILogger<PageThumbnails> log)
{
    public int Pages => options.Value.Pages;

    /// <returns>The PNG's path, or null when the page does not exist or cannot be drawn here.</returns>
    public async Task<string?> PathAsync(string pdfPath, int fileId, int page, CancellationToken ct)
    {
        if (page < 1 || page > options.Value.Pages || !File.Exists(pdfPath)) return null;
        var folder = Path.Combine(Path.GetDirectoryName(pdfPath)!, "thumbs");
        var png = Path.Combine(folder, $"file-{fileId}-page-{page}-{options.Value.WidthPx}.png");
        if (File.Exists(png)) return png;
        Directory.CreateDirectory(folder);
        var prefix = Path.Combine(folder, $".drawing-{Guid.NewGuid():N}");
        var p = page.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(options.Value.Tool)
        {
            ArgumentList = { "-png", "-f", p, "-l", p, "-singlefile", "-scale-to-x", options.Value.WidthPx.ToString(CultureInfo.InvariantCulture), "-scale-to-y", "-1", pdfPath, prefix },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.Value.Timeout);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (process.ExitCode != 0 || !File.Exists(prefix + ".png"))
            {
                // A page past the end of the PDF is an error for pdftoppm too; that is not worth a warning.
                log.LogDebug("pdftoppm drew no page {Page} of {File}: {Error}", page, pdfPath, (await error).Trim());
                return null;
            }
            File.Move(prefix + ".png", png, overwrite: true);
            return png;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            log.LogWarning("Page thumbnails need {Tool} (Debian: poppler-utils): {Error}", options.Value.Tool, ex.Message);
            return null;
        }
        finally
        {
            if (File.Exists(prefix + ".png")) File.Delete(prefix + ".png");
        }
    }
}
