using System.Net;
using AngleSharp;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LetterStudio.Web.Tests;

/// <summary>Signs in through the real login form, antiforgery token and all, as a browser would.</summary>
public static class SignIn
{
    public const string DemoPassword = "Letters-2026!";
    public const string Writer = "writer@letterstudio.test";
    public const string Customer = "eleanor@example.com";
    public const string PrintOperator = "print@letterstudio.test";

    public static async Task<HttpClient> ClientForAsync(StudioFactory factory, string email, string password = DemoPassword)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostLoginAsync(client, email, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"sign-in as {email} should redirect");
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(form));
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new AssertionException("the login form has no antiforgery token");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }
}
