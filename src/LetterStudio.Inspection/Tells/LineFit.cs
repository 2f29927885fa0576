namespace LetterStudio.Inspection.Tells;

/// <summary>The least-squares straight line through points (orthogonal fit, so a rotated word is measured the same).</summary>
internal static class LineFit
{
    /// <summary>The largest distance of a point from the line fitted to all of them.</summary>
    public static double MaxDistance(IReadOnlyList<(double X, double Y)> points)
    {
        if (points.Count < 3) return 0;
        double mx = points.Average(p => p.X), my = points.Average(p => p.Y);
        double sxx = 0, syy = 0, sxy = 0;
        foreach (var (x, y) in points)
        {
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
            sxy += (x - mx) * (y - my);
        }
        // The line's direction is the covariance matrix's principal axis.
        double angle = 0.5 * Math.Atan2(2 * sxy, sxx - syy);
        double nx = -Math.Sin(angle), ny = Math.Cos(angle);
        return points.Max(p => Math.Abs((p.X - mx) * nx + (p.Y - my) * ny));
    }
}
