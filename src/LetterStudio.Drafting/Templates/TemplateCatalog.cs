using System.Reflection;
using System.Text;
using LetterStudio.Domain.Common;

namespace LetterStudio.Drafting.Templates;

/// <summary>
/// The occasion templates compiled from templates/*.razor, found by convention: every component marked with
/// <see cref="OccasionTemplateAttribute"/>, keyed by its file name in kebab case. No registry to edit.
/// </summary>
public sealed class TemplateCatalog
{
    private readonly Dictionary<string, OccasionTemplateInfo> _byKey;

    public TemplateCatalog() : this(typeof(TemplateCatalog).Assembly) { }

    public TemplateCatalog(params Assembly[] assemblies)
    {
        _byKey = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => typeof(OccasionTemplate).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(Describe)
            .OfType<OccasionTemplateInfo>()
            .ToDictionary(t => t.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<OccasionTemplateInfo> All => [.. _byKey.Values.OrderBy(t => t.Key, StringComparer.Ordinal)];

    public OccasionTemplateInfo? Find(string occasionKey) => _byKey.GetValueOrDefault(occasionKey);

    public OccasionTemplateInfo Get(string occasionKey) => Find(occasionKey)
        ?? throw new DomainValidationException("OccasionKey", $"there is no template for occasion '{occasionKey}' (expected templates/{ToFileName(occasionKey)}.razor).");

    /// <summary>LoveLetter -> love-letter: the same rule as the occasion keys (lower case, hyphens).</summary>
    public static string ToKey(string componentName)
    {
        var key = new StringBuilder();
        foreach (var c in componentName)
        {
            if (char.IsUpper(c) && key.Length > 0) key.Append('-');
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    public static string ToFileName(string key) =>
        string.Concat(key.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    private static OccasionTemplateInfo? Describe(Type component)
    {
        var spec = component.GetCustomAttribute<OccasionTemplateAttribute>();
        if (spec is null) return null;
        if (spec.Moves.Count == 0 || spec.MinWords < 1 || spec.MaxWords <= spec.MinWords)
            throw new InvalidOperationException($"Template {component.Name} must name its moves and a length range with MinWords < MaxWords.");
        var keywords = spec.Keywords.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => k.ToLowerInvariant()).ToList();
        return new OccasionTemplateInfo(ToKey(component.Name), component, spec.Moves, spec.MinWords, spec.MaxWords, keywords);
    }
}
