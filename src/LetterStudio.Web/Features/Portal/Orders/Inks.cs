namespace LetterStudio.Web.Features.Portal.Orders;

/// <summary>The studio's inks (kept in the domain, where the confirmation mail names them too).</summary>
public static class Inks
{
    public static IReadOnlyList<(string Name, string Colour)> All => Domain.Styles.StudioInks.All;

    public static bool IsKnown(string colour) => Domain.Styles.StudioInks.IsKnown(colour);
}
