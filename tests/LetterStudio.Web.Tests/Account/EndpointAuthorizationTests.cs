using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Account;

/// <summary>Walks every route the app maps, so an endpoint added later cannot be left open by mistake.</summary>
public class EndpointAuthorizationTests
{
    /// <summary>
    /// The only routes a stranger may reach: signing in, errors, and the published API reference; and what a
    /// customer needs before they can sign in: signing up, confirming the address (and asking for the mail
    /// again), and resetting a forgotten password; and the load balancer's health probes, which say only up or not
    /// (Operations/HealthTests checks they reveal nothing private).
    /// </summary>
    private static readonly string[] Anonymous = ["/account/login", "/account/denied", "/not-found", "/error",
        "/account/signup", "/account/confirm", "/account/resend", "/account/forgot", "/account/reset",
        "/health/live", "/health/ready"];
    private static readonly string[] AnonymousPrefixes = ["/openapi/", "/scalar"];

    [Test]
    public async Task Every_route_but_the_login_and_error_pages_turns_a_stranger_away()
    {
        await using var factory = new StudioFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.StartsWith("_", StringComparison.Ordinal) && !raw.StartsWith("/_", StringComparison.Ordinal))
            // Static files (fingerprinted stylesheet and the like) are public by design.
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null || !IsStaticFile(e))
            .ToList();
        Assert.That(routes, Has.Count.GreaterThan(5));

        // A valid antiforgery token and its cookie, from a page this stranger may see: antiforgery runs after
        // authorisation, so without one a form POST left open would answer 400 and look refused.
        var login = await Forms.GetAsync(client, "/account/login");
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var open = new List<string>();
        foreach (var endpoint in routes.Where(e => !IsStaticFile(e)))
        {
            var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "1",
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart sep => sep.Content,
                _ => "",
            }))));
            if (Anonymous.Contains(path) || AnonymousPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal))) continue;
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is not ("GET" or "HEAD"))
                    request.Content = AcceptsJson(endpoint) ? JsonContent.Create(new { })
                        : new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
                var response = await client.SendAsync(request);
                // Refused means refused: a 400 (a missing token, a body it could not read) is not, and fails naming the route.
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/login"));
                if (!refused) open.Add($"{method} {path} -> {(int)response.StatusCode}");
            }
        }
        Assert.That(open, Is.Empty);
    }

    /// <summary>A JSON endpoint (the API's bodies): a form sent there is turned away for its media type before authorisation.</summary>
    private static bool AcceptsJson(RouteEndpoint e) =>
        e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Contains("application/json") == true;

    private static bool IsStaticFile(RouteEndpoint e) => e.RoutePattern.RawText is { } raw && System.IO.Path.HasExtension(raw) && !raw.Contains('{');
}
