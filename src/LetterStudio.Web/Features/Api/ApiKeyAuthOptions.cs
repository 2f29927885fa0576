using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Api;

/// <summary>API key authentication. Section "Api:Keys".</summary>
public sealed class ApiKeyAuthOptions
{
    public const string SectionName = "Api:Keys";

    /// <summary>
    /// Seconds a known, active key is remembered after it was looked up, so a busy client does not cost a database
    /// query per call. A key revoked elsewhere (the command line) keeps working for at most this long; 0 looks every
    /// key up on every call.
    /// </summary>
    [Range(0, 300)]
    public int CacheSeconds { get; set; } = 5;
}
