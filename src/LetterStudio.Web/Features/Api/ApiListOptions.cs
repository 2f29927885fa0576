using System.ComponentModel.DataAnnotations;

namespace LetterStudio.Web.Features.Api;

/// <summary>The API's lists. Section "Api:Lists".</summary>
public sealed class ApiListOptions
{
    public const string SectionName = "Api:Lists";

    /// <summary>
    /// Seconds a list's <c>total</c> (a COUNT over all of the customer's orders) is reused by the next pages. Orders
    /// placed or cancelled through the API on this node count at once; a status change made elsewhere (the desk, the
    /// print room, another node) shows in <c>total</c> within this time. The items themselves are always read fresh.
    /// 0 counts on every call.
    /// </summary>
    [Range(0, 300)]
    public int TotalCacheSeconds { get; set; } = 2;
}
