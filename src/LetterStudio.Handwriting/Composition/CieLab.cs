using SkiaSharp;

namespace LetterStudio.Handwriting.Composition;

/// <summary>CIE L*a*b* (D65) of sRGB colours and the CIE76 colour difference, the measure of an ink step.</summary>
internal static class CieLab
{
    public static (double L, double A, double B) Of(SKColor colour)
    {
        double r = Linear(colour.Red), g = Linear(colour.Green), b = Linear(colour.Blue);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = F(x), fy = F(y), fz = F(z);
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    public static float DeltaE(SKColor first, SKColor second)
    {
        var (l1, a1, b1) = Of(first);
        var (l2, a2, b2) = Of(second);
        return (float)Math.Sqrt((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2));
    }

    private static double Linear(byte channel)
    {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
}
