namespace LetterStudio.Inspection.Tells;

/// <summary>sRGB to CIE L*a*b* (D65) and the CIE76 colour difference, for ink steps between words.</summary>
internal static class CieLab
{
    public static (double L, double A, double B) FromRgb((double R, double G, double B) rgb)
    {
        double r = Linear(rgb.R), g = Linear(rgb.G), b = Linear(rgb.B);
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        double fx = F(x), fy = F(y), fz = F(z);
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    public static double DeltaE((double R, double G, double B) first, (double R, double G, double B) second)
    {
        var (l1, a1, b1) = FromRgb(first);
        var (l2, a2, b2) = FromRgb(second);
        return Math.Sqrt((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2));
    }

    private static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);

    private static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
}
