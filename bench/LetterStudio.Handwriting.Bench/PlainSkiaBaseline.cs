using SkiaSharp;

namespace LetterStudio.Handwriting.Bench;

/// <summary>
/// The control: the same lines of text drawn with plain SKCanvas.DrawText in the same font file,
/// no layout and no variation (lines and baselines are taken once from a realism-0 layout, outside the timing).
/// </summary>
internal sealed class PlainSkiaBaseline : IDisposable
{
    private readonly SKData _data;
    private readonly SKTypeface _typeface;
    private readonly (string Text, float X, float Y)[] _lines;
    private readonly float _width, _height, _size;

    public PlainSkiaBaseline(string fontFile, LetterLayout layout, float size)
    {
        _data = SKData.CreateCopy(File.ReadAllBytes(fontFile));
        _typeface = SKTypeface.FromData(_data);
        var page = layout.Pages.Single();
        _width = page.Width;
        _height = page.Height;
        _size = size;
        _lines = page.Lines.Select(l => (l.Text, l.Box.Left, l.Baseline)).ToArray();
    }

    public void Render(Stream output)
    {
        using var font = new SKFont(_typeface, _size);
        using var paint = new SKPaint { Color = new SKColor(0x1A, 0x2A, 0x6C), IsAntialias = true };
        using var document = SKDocument.CreatePdf(output);
        var canvas = document.BeginPage(_width, _height);
        foreach (var (text, x, y) in _lines) canvas.DrawText(text, x, y, SKTextAlign.Left, font, paint);
        document.EndPage();
        document.Close();
    }

    public void Dispose()
    {
        _typeface.Dispose();
        _data.Dispose();
    }
}
