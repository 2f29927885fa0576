using LetterStudio.Application.Setup;
using LetterStudio.Handwriting;
using LetterStudio.Printing.Jobs.Scheduling;
using LetterStudio.Web;
using LetterStudio.Web.Components;
using LetterStudio.Web.Features.Operations;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
// Serve framework and library assets (blazor.web.js) from the build output in every environment, not only
// Development, so the built app runs as it is in tests, benchmarks and `dotnet <dll>`; a no-op once published.
builder.WebHost.UseStaticWebAssets();
// No "urls" in appsettings.json: a setting there would beat ASPNETCORE_URLS. So --urls, ASPNETCORE_URLS and a
// "urls" setting all work, and with none of them the studio listens where README says.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"])
    && string.IsNullOrEmpty(builder.Configuration["https_ports"]))
    builder.WebHost.UseUrls(DefaultUrl.Value);
// The use cases, and the web app runs the background services too: migrating on start, mail, webhooks, yearly letters.
builder.Services.AddLetterStudioApplication(backgroundServices: true);
builder.Services.AddHandwriting();
builder.Services.AddLetterReview();
builder.Services.AddLetterDrafting();
// The print room's jobs: the web app is a job node too unless Printing:RunJobsInWeb is false.
builder.Services.AddPrintJobs(builder.Configuration, o => o.RunJobsInWeb);
builder.Services.AddLetterStudioWeb();
builder.Services.AddWebOperations(builder.Configuration);

var app = builder.Build();
try
{
    // Settings are read here, before the host starts, so a bad one is one line naming it, not a stack trace.
    app.Services.ValidateLetterStudioSettings();
    app.Services.ValidateWebSettings();
}
catch (OptionsValidationException ex)
{
    Console.Error.WriteLine($"LetterStudio cannot start: {string.Join(" ", ex.Failures)}");
    return 1;
}

app.UseLetterStudioWeb();
app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
await app.RunAsync();
return 0;

/// <summary>Exposed so tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
