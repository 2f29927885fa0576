using LetterStudio.Drafting.Models.OpenAI;
using LetterStudio.Drafting.Models.Offline;
using LetterStudio.Drafting.Setup;
using Microsoft.Extensions.Options;

namespace LetterStudio.Drafting.Models;

/// <summary>Picks the drafting model: the one asked for, else the configured default; the offline composer when no API key is set.</summary>
public sealed class DraftingModels(OfflineComposer offline, OpenAIDraftingModel openAI, IOptions<DraftingOptions> options)
{
    public const string NoKeyNotice = "No OpenAI API key is set (Drafting:OpenAI:ApiKey or OPENAI_API_KEY), so the offline composer wrote this draft from the template.";

    public ModelChoice Choose(DraftingModelKind? requested)
    {
        var kind = requested ?? options.Value.DefaultModel;
        if (kind == DraftingModelKind.Offline) return new ModelChoice(offline, null);
        return openAI.HasApiKey ? new ModelChoice(openAI, null) : new ModelChoice(offline, NoKeyNotice);
    }
}
