using LetterStudio.Drafting.Models;
using LetterStudio.Drafting.Models.Offline;
using LetterStudio.Drafting.Models.OpenAI;
using LetterStudio.Drafting.Prompts;
using LetterStudio.Drafting.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LetterStudio.Drafting.Setup;

public static class DraftingServiceCollectionExtensions
{
    /// <summary>
    /// Registers drafting: its settings (validated on start), the occasion templates and their renderer, the prompt
    /// builder and both drafting models. The use cases that draft an order's letter are LetterStudio.Application's.
    /// </summary>
    public static IServiceCollection AddDrafting(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // DraftLetter logs in its order's scope; a host already has logging (this adds nothing there), a bare container gets it.
        services.AddLogging();
        services.AddOptions<DraftingOptions>()
            .BindConfiguration(DraftingOptions.SectionName)
            // The key may come from the usual OpenAI variable instead of our section, as every OpenAI tool allows.
            .PostConfigure<IConfiguration>((o, config) => o.OpenAI.ApiKey = FirstSet(o.OpenAI.ApiKey, config["OPENAI_API_KEY"], Environment.GetEnvironmentVariable("OPENAI_API_KEY")))
            .ValidateDataAnnotations()
            .Validate(o => o.OpenAI.BaseUrl.IsAbsoluteUri && o.OpenAI.BaseUrl.Scheme is "http" or "https", "Drafting:OpenAI:BaseUrl must be an absolute http(s) URL.")
            .ValidateOnStart();

        services.AddSingleton<TemplateCatalog>();
        services.AddSingleton<TemplateRenderer>();
        services.AddSingleton<TokenCounter>();
        services.AddSingleton<PromptBuilder>();
        services.AddSingleton<OfflineComposer>();
        services.AddSingleton<OpenAIDraftingModel>();
        services.AddSingleton<IDraftingModel>(sp => sp.GetRequiredService<OfflineComposer>());
        services.AddSingleton<IDraftingModel>(sp => sp.GetRequiredService<OpenAIDraftingModel>());
        services.AddSingleton<DraftingModels>();
        return services;
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
