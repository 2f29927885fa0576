using LetterStudio.Handwriting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LetterStudio.Printing;

/// <summary>Registers the batch file engine.</summary>
public static class PrintingServiceCollectionExtensions
{
    /// <summary>
    /// Registers singleton <see cref="BatchPartWriter"/> and <see cref="BatchAssembler"/> (both stateless
    /// and thread-safe). Call <see cref="HandwritingServiceCollectionExtensions.AddHandwriting"/> as well:
    /// the part writer writes envelopes with its <see cref="HandwritingRenderer"/>.
    /// </summary>
    public static IServiceCollection AddPrinting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<BatchPartWriter>();
        services.TryAddSingleton<BatchAssembler>();
        return services;
    }
}
