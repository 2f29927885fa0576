using LetterStudio.Data.Accounts;
using LetterStudio.Web.Features.Account;
using LetterStudio.Web.Features.Desk;
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
        services.AddSingleton<LetterRendering>();
        services.AddScoped<LetterReview>();
        services.AddCascadingAuthenticationState();

        // Sign-in with Identity's cookie over the accounts that AddLetterStudioData stores in the order database.
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        new IdentityBuilder(typeof(StudioUser), typeof(IdentityRole), services).AddSignInManager().AddDefaultTokenProviders();
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
        // Nothing is anonymous unless it says so: the login page, errors and static files.
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    public static WebApplication UseLetterStudioWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapAccountEndpoints();
        app.MapLetterFileEndpoints();
        return app;
    }
}
