using System.Net;
using LetterStudio.Domain.Customers;
using LetterStudio.Domain.Letters;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Web.Tests.Security;

/// <summary>Every kind of response carries the security headers, on real Kestrel on 127.0.0.1 (so a Server banner would show).</summary>
public class HeadersTests
{
    private StudioFactory factory = null!;
    private HttpClient anonymous = null!;
    private string key = null!, pdfKey = null!;
    private int pdfOrderId;

    [OneTimeSetUp]
    public async Task Start()
    {
        factory = new StudioFactory();
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1");
        // The shipped AllowedHosts lets "localhost" and 127.0.0.1 through.
        anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
        await factory.WithDbAsync(async db =>
        {
            var eleanor = await db.Customers.SingleAsync(c => c.Email == "eleanor@example.com");
            var (k, s) = ApiKey.Create(eleanor.Id, "headers", false, DateTimeOffset.UtcNow);
            // The demo seed renders nothing (rendering is the handwriting engine's, not the seed's), so one demo letter is
            // given a stored PDF here; a key of its customer fetches it through the API.
            var letter = await db.Letters.OrderBy(l => l.Id).FirstAsync();
            db.LetterDocuments.Add(new LetterDocument(letter.Id, letter.CurrentRevisionNumber, "%PDF-1.7 headers"u8.ToArray(), 1, "{}", DateTimeOffset.UtcNow));
            var owner = await db.Orders.Where(o => o.Id == letter.OrderId).Select(o => o.CustomerId).SingleAsync();
            var (pk, ps) = ApiKey.Create(owner, "headers-pdf", false, DateTimeOffset.UtcNow);
            db.ApiKeys.AddRange(k, pk);
            await db.SaveChangesAsync();
            (key, pdfKey, pdfOrderId) = (s, ps, letter.OrderId);
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        anonymous.Dispose();
        await factory.DisposeAsync();
    }

    private static void AssertHeaders(HttpResponseMessage response, string what)
    {
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"), what);
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"), what);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.That(csp, Does.Contain("frame-ancestors 'self'").And.Contain("script-src 'self'"), what);
            Assert.That(response.Headers.Contains("Server"), Is.False, $"{what}: no Server banner");
        });
    }

    [Test]
    public async Task Pages_static_files_api_answers_errors_and_redirects_all_carry_the_headers()
    {
        var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/occasions");
        api.Headers.Add("X-Api-Key", key);
        var cases = new (string What, HttpRequestMessage Request)[]
        {
            ("login page", new(HttpMethod.Get, "/account/login")),
            ("static file", new(HttpMethod.Get, "/app.css")),
            ("api answer", api),
            ("api 401", new(HttpMethod.Get, "/api/v1/orders")),
            ("page 404", new(HttpMethod.Get, "/no-such-page")),
            ("redirect to sign in", new(HttpMethod.Get, "/my/keys")),
            ("openapi document", new(HttpMethod.Get, "/openapi/v1.json")),
        };
        foreach (var (what, request) in cases)
        {
            var response = await anonymous.SendAsync(request);
            AssertHeaders(response, $"{what} ({(int)response.StatusCode})");
        }
    }

    [Test]
    public async Task A_letter_pdf_carries_frame_ancestors_and_nosniff()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/orders/{pdfOrderId}/pdf");
        request.Headers.Add("X-Api-Key", pdfKey);
        var pdf = await anonymous.SendAsync(request);
        Assert.That(pdf.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(pdf.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        AssertHeaders(pdf, "letter pdf");
    }
}
