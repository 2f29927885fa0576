using Microsoft.Net.Http.Headers;

namespace LetterStudio.Web.Features.Security;

/// <summary>
/// Headers on every response, pages, API answers, files and errors alike (set as the response starts, so an error
/// page that clears the response still gets them): no MIME sniffing, no referrer (reset links carry tokens in the
/// query), a script policy that runs only the app's own files (blazor.web.js and portal.js), and framing by the app
/// itself only.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    // The API reference (Scalar) writes its configuration as an inline script; it shows no customer data.
    private const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers[HeaderNames.XFrameOptions] = "SAMEORIGIN";
            headers[HeaderNames.ContentSecurityPolicy] = http.Request.Path.StartsWithSegments("/scalar") ? ReferencePolicy : ContentSecurityPolicy;
            headers.Remove(HeaderNames.Server);
            return Task.CompletedTask;
        });
        return next(http);
    });
}
