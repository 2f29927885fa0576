using LetterStudio.Application.Printing;
using LetterStudio.Data.Accounts;
using LetterStudio.Web.Features.Account;
using LetterStudio.Web.Features.Api;
using LetterStudio.Web.Features.Desk;
using LetterStudio.Web.Features.Home;
using LetterStudio.Web.Features.Operations;
using LetterStudio.Web.Features.Portal;
using LetterStudio.Web.Features.Portal.Orders;
using LetterStudio.Web.Features.PrintRoom;
using LetterStudio.Web.Features.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;

namespace LetterStudio.Web;

/// <summary>The web app's own services and middleware, so Program.cs reads like a table of contents.</summary>
public static class WebSetup
{
    public static IServiceCollection AddLetterStudioWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddProblemDetails();
        // The API's document: only /api routes, described as its callers read them (Features/Api/ApiDocument.cs).
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddApiV1Document();
        });
        // The API speaks statuses as words ("Drafting"), as its OpenAPI document and its callers expect.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddOptions<LetterStudio.Domain.Orders.PriceList>().BindConfiguration(LetterStudio.Domain.Orders.PriceList.SectionName)
            .Validate(p => p.Currency.Length == 3 && p.BasePrice.Count > 0 && p.IncludedWords > 0 && p.ExtraWordsBlock > 0,
                "Pricing: Currency must be a three-letter code, with at least one BasePrice and positive IncludedWords and ExtraWordsBlock.")
            .ValidateOnStart();
        services.AddApiRateLimiting();
        services.AddOptions<ApiListOptions>().BindConfiguration(ApiListOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ApiCacheOptions>().BindConfiguration(ApiCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiCache>();
        services.AddSingleton<ApiKeyLookup>();
        services.AddSingleton<OrderTotals>();
        services.AddOptions<Features.Api.Bulk.BulkOptions>().BindConfiguration(Features.Api.Bulk.BulkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Features.PrintRoom.ThumbnailOptions>().BindConfiguration(Features.PrintRoom.ThumbnailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Features.PrintRoom.PageThumbnails>();
        services.AddSingleton<Features.Styles.SignatureHands>();
        // What is accepted is what the hands can write: replaces the data layer's text-only check.
        services.Replace(ServiceDescriptor.Singleton(sp => Features.Printable.HandPrintability.Create(
            sp.GetRequiredService<LetterStudio.Handwriting.HandwritingRenderer>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<LetterStudio.Application.Printing.PrintingOptions>>())));
        services.AddScoped<DeskQuery>();
        services.AddScoped<LetterPages>();
        services.AddScoped<Features.Portal.Bulk.BulkPreview>();
        services.AddCascadingAuthenticationState();

        // Sign-in with Identity's cookie over the accounts that AddLetterStudioData stores in the order database.
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, _ => { })
            .AddIdentityCookies();
        new IdentityBuilder(typeof(StudioUser), typeof(IdentityRole), services).AddSignInManager().AddDefaultTokenProviders();
        // The keys that sign cookies and antiforgery tokens live in the order database, so every web node reads the
        // same ones: a sign-in on one node holds on the next. The application name is fixed because the default is
        // the content root path, which differs between nodes deployed to different folders and would part their keys.
        services.AddDataProtection()
            .SetApplicationName("LetterStudio")
            .PersistKeysToDbContext<LetterStudio.Data.LetterStudioDbContext>();
        // Customers sign themselves up, so an address must be proven before it signs in; staff accounts are created confirmed.
        services.Configure<IdentityOptions>(o => o.SignIn.RequireConfirmedEmail = true);
        services.AddScoped<OutboxEmailSender>();
        services.AddScoped<IEmailSender<StudioUser>>(sp => sp.GetRequiredService<OutboxEmailSender>());
        services.AddScoped<AccountLinks>();
        services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.SectionName).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<PublicUrlOptions>, PublicUrlOptionsValidator>();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<LetterStudio.Data.Setup.DatabaseOptions>, DemoSettingsValidator>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "LetterStudio.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.Events.OnValidatePrincipal = CookieStampCheck.ValidateAsync;
        });
        // Behind a TLS proxy the cookie is Secure as soon as the public address is https (the request itself may be
        // plain http from the proxy); X-Forwarded-Proto/For from a proxy on this machine are honoured (see README).
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<PublicUrlOptions>>((o, site) =>
                o.Cookie.SecurePolicy = site.Value.BaseUri?.Scheme == Uri.UriSchemeHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto);
        services.AddOptions<ThrottleOptions>().BindConfiguration(ThrottleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AccountThrottle>();
        // Minimal APIs throw on a body they cannot bind, so ApiRequestChecks can name the field in a problem+json.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        // Nothing is anonymous unless it says so: signing in and up, confirming and resetting, errors and static files.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>The web app's own settings, read after the data settings so a bad database setting is named first.</summary>
    public static void ValidateWebSettings(this IServiceProvider services) =>
        _ = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PublicUrlOptions>>().Value;

    public static WebApplication UseLetterStudioWeb(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRouteLogScope();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        // People get the "not found" page; API callers get RFC 9457 problem details, never an HTML page.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), web => web.UseStatusCodePagesWithReExecute("/not-found"));
        app.UseAuthentication();
        app.UseRoleLanding();
        app.UseApiMediaTypeCheck();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseApiBodyErrors();
        app.UseAntiforgery();
        app.MapAccountEndpoints();
        app.MapLetterFileEndpoints();
        app.MapPortalOrderEndpoints();
        app.MapPrintFileEndpoints();
        app.MapApiV1();
        app.MapHealthEndpoints();
        LetterStudio.Web.Features.Privacy.ExportEndpoints.MapExportEndpoints(app);
        // The API reference is public, like any published API documentation; the API itself is not.
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("LetterStudio API")).AllowAnonymous();
        return app;
    }
}
