namespace LetterStudio.Web.Features.Account;

/// <summary>Where people reach the studio. Section "Studio" (beside <c>Studio:DataFolder</c>).</summary>
public sealed class PublicUrlOptions
{
    public const string SectionName = "Studio";

    /// <summary>
    /// The studio's canonical address, e.g. <c>https://studio.example.com</c>: every link in mail (confirm, reset,
    /// sign in) starts with it, never with the Host header of the request that caused the mail, which anyone can forge.
    /// Required outside Development; in Development an empty value falls back to the request's address.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The base URL with a trailing slash, or null when none is set.</summary>
    public Uri? BaseUri => Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri)
        ? new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
        : null;
}
