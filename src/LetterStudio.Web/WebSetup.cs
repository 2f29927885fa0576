namespace LetterStudio.Web;

/// <summary>The web app's own services and middleware, so Program.cs reads like a table of contents.</summary>
public static class WebSetup
{
    public static IServiceCollection AddLetterStudioWeb(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseLetterStudioWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAntiforgery();
        return app;
    }
}
