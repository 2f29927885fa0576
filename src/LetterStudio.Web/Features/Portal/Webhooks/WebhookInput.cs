using System.ComponentModel.DataAnnotations;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Webhooks;

namespace LetterStudio.Web.Features.Portal.Webhooks;

/// <summary>The portal's "register an endpoint" form; the URL's rules (https, public host) are checked by <see cref="WebhookUrl"/>.</summary>
public sealed class WebhookInput
{
    [Required(ErrorMessage = "Enter the URL we should post events to.")]
    [StringLength(WebhookEndpoint.UrlLength)]
    public string? Url { get; set; }

    [StringLength(Limits.ShortText)]
    public string? Description { get; set; }
}
