using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LetterStudio.Handwriting;

/// <summary>Registers the handwriting engine.</summary>
public static class HandwritingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HandwritingOptions"/> (section "Handwriting", checked at start-up:
    /// a folder without fonts.json stops the app), one shared <see cref="FontLibrary"/> loaded on
    /// first use, and a singleton <see cref="HandwritingRenderer"/>.
    /// </summary>
    public static IServiceCollection AddHandwriting(this IServiceCollection services, Action<HandwritingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<HandwritingOptions>()
            .BindConfiguration(HandwritingOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => File.Exists(Path.Combine(o.FontsPath, FontLibrary.ManifestFileName)),
                $"{HandwritingOptions.SectionName}:FontsPath must be a folder holding {FontLibrary.ManifestFileName}.")
            .ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        services.TryAddSingleton(sp => FontLibrary.Load(sp.GetRequiredService<IOptions<HandwritingOptions>>().Value.FontsPath));
        services.TryAddSingleton<HandwritingRenderer>();
        return services;
    }
}
