namespace LetterStudio.Handwriting;

/// <summary>An axis-aligned box on a page, in points from the page's top-left corner, y downwards.</summary>
/// <param name="Left">Left edge.</param>
/// <param name="Top">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct LayoutBox(float Left, float Top, float Width, float Height)
{
    /// <summary>Right edge.</summary>
    public float Right => Left + Width;

    /// <summary>Bottom edge.</summary>
    public float Bottom => Top + Height;

    /// <summary>True when <paramref name="other"/> lies wholly inside this box.</summary>
    public bool Contains(LayoutBox other) =>
        other.Left >= Left && other.Top >= Top && other.Right <= Right && other.Bottom <= Bottom;

    /// <summary>The smallest box holding both boxes.</summary>
    public LayoutBox Union(LayoutBox other)
    {
        float left = Math.Min(Left, other.Left), top = Math.Min(Top, other.Top);
        return new LayoutBox(left, top, Math.Max(Right, other.Right) - left, Math.Max(Bottom, other.Bottom) - top);
    }

    internal static LayoutBox FromEdges(float left, float top, float right, float bottom) => new(left, top, right - left, bottom - top);
}
