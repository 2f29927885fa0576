using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.PrintRoom;

/// <summary>Page thumbnails of a batch's PDFs on its page. Section "PrintRoom:Thumbnails".</summary>
public sealed class ThumbnailOptions
{
    public const string SectionName = "PrintRoom:Thumbnails";

    /// <summary>
    /// Poppler's pdftoppm (Debian: poppler-utils), which draws a PDF page as a PNG. Our own engine writes PDFs but cannot
    /// read them, and the batch files are what is printed, so the thumbnail is drawn from them. Without the tool the
    /// batch page simply shows no thumbnails.
    /// </summary>
    [Required]
    public string Tool { get; set; } = "pdftoppm";

    /// <summary>How many first pages of each PDF are shown.</summary>
    [Range(1, 12)]
    public int Pages { get; set; } = 3;

    /// <summary>Width of a thumbnail in pixels (the height follows the page).</summary>
    [Range(60, 800)]
    public int WidthPx { get; set; } = 180;

    /// <summary>The longest one page may take to draw before the request gives up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
