using LetterStudio.Handwriting.Composition;
using SkiaSharp;

namespace LetterStudio.Handwriting.Drawing;

/// <summary>Rasterises a composed page with the same <see cref="PageDrawer"/> the PDF uses.</summary>
internal static class PngPreview
{
    // Slightly warm white: what the preview shows as paper. The PDF itself has no background.
    private static readonly SKColor Paper = new(0xFF, 0xFE, 0xFA);

    public static PngPage Write(ComposedPage page, float dpi, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (dpi is < 10 or > 1200)
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "DPI must be between 10 and 1200.");
        float scale = dpi / 72f;
        int width = (int)MathF.Round(page.Width * scale), height = (int)MathF.Round(page.Height * scale);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException($"Could not allocate a {width}x{height} preview.");
        var canvas = surface.Canvas;
        canvas.Clear(Paper);
        canvas.Scale(scale);
        using (var drawer = new PageDrawer()) drawer.Draw(canvas, page);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        png.SaveTo(output);
        return new PngPage(width, height);
    }
}
