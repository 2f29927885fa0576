using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Api;

/// <summary>The API's lists. Section "Api:Lists".</summary>
public sealed class ApiListOptions
{
    public const string SectionName = "Api:Lists";

    /// <summary>
    /// Seconds a list's <c>total</c> (a COUNT over all of the customer's orders) may be reused by the next pages. It is
    /// reused only while the customer's orders stamp is unchanged, so any order placed, cancelled or moved on any node
    /// counts on the next call; this only bounds how long an unchanged total stays in memory. 0 counts on every call.
    /// </summary>
    [Range(0, 300)]
    public int TotalCacheSeconds { get; set; } = 60;
}
