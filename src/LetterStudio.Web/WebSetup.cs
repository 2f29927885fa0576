using LetterStudio.Data.Accounts;
using LetterStudio.Web.Features.Account;
using LetterStudio.Web.Features.Api;
using LetterStudio.Web.Features.Desk;
using LetterStudio.Web.Features.Home;
using LetterStudio.Web.Features.Portal.Orders;
using LetterStudio.Web.Features.Portal;
using LetterStudio.Web.Features.PrintRoom;
using Microsoft.AspNetCore.Authentication;
using Scalar.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace LetterStudio.Web;

/// <summary>The web app's own services and middleware, so Program.cs reads like a table of contents.</summary>
public static class WebSetup
{
    public static IServiceCollection AddLetterStudioWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddProblemDetails();
        // The API's document: only /api routes, with the API key described as its security scheme.
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new() { Title = "LetterStudio API", Version = "v1", Description = "Order handwritten letters in bulk. Send your key in the X-Api-Key header; POST /orders needs an Idempotency-Key header." };
                return Task.CompletedTask;
            });
        });
        // The API speaks statuses as words ("Drafting"), as its OpenAPI document and its callers expect.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOptions<LetterStudio.Domain.Orders.PriceList>().BindConfiguration(LetterStudio.Domain.Orders.PriceList.SectionName)
            .Validate(p => p.Currency.Length == 3 && p.BasePrice.Count > 0 && p.IncludedWords > 0 && p.ExtraWordsBlock > 0,
                "Pricing: Currency must be a three-letter code, with at least one BasePrice and positive IncludedWords and ExtraWordsBlock.")
            .ValidateOnStart();
        services.AddApiRateLimiting();
        services.AddOptions<ApiKeyAuthOptions>().BindConfiguration(ApiKeyAuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeyCache>();
        services.AddOptions<ApiListOptions>().BindConfiguration(ApiListOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OrderTotals>();
        services.AddOptions<Features.Api.Bulk.BulkOptions>().BindConfiguration(Features.Api.Bulk.BulkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LetterRendering>();
        // The robot tells' thresholds: the defaults are the ones `letterstudio inspect` judges by, so desk and CLI agree.
        services.AddSingleton(new LetterStudio.Inspection.TellThresholds());
        services.AddSingleton<LetterTells>();
        services.AddSingleton<Features.Styles.SignatureHands>();
        services.AddScoped<LetterReview>();
        services.AddScoped<LetterPages>();
        services.AddScoped<Features.Portal.Bulk.BulkPreview>();
        services.AddCascadingAuthenticationState();

        // Sign-in with Identity's cookie over the accounts that AddLetterStudioData stores in the order database.
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, _ => { })
            .AddIdentityCookies();
        new IdentityBuilder(typeof(StudioUser), typeof(IdentityRole), services).AddSignInManager().AddDefaultTokenProviders();
        // Customers sign themselves up, so an address must be proven before it signs in; staff accounts are created confirmed.
        services.Configure<IdentityOptions>(o => o.SignIn.RequireConfirmedEmail = true);
        services.AddScoped<OutboxEmailSender>();
        services.AddScoped<IEmailSender<StudioUser>>(sp => sp.GetRequiredService<OutboxEmailSender>());
        services.AddScoped<AccountLinks>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "LetterStudio.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
        });
        // Nothing is anonymous unless it says so: signing in and up, confirming and resetting, errors and static files.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    public static WebApplication UseLetterStudioWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        // People get the "not found" page; API callers get RFC 9457 problem details, never an HTML page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), web => web.UseStatusCodePagesWithReExecute("/not-found"));
        app.UseAuthentication();
        app.UseRoleLanding();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapAccountEndpoints();
        app.MapLetterFileEndpoints();
        app.MapPortalOrderEndpoints();
        app.MapPrintFileEndpoints();
        app.MapApiV1();
        // The API reference is public, like any published API documentation; the API itself is not.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("LetterStudio API")).AllowAnonymous();
        return app;
    }
}
