namespace LetterStudio.Web;

/// <summary>Where the studio listens when neither --urls, ASPNETCORE_URLS nor a "urls" setting says otherwise.</summary>
public static class DefaultUrl
{
    public const string Value = "http://localhost:5080";
}
