using LetterStudio.Application.Letters;
using LetterStudio.Drafting.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Drafting.Tests.Support;

public static class Drafts
{
    public const string Writer = "writer@letterstudio.test";

    public static Task<DraftResult> DraftAsync(this DraftingStudio studio, int orderId, DraftingModelKind? model = null, int candidates = 1, CancellationToken ct = default) =>
        studio.InScopeAsync(sp => sp.GetRequiredService<DraftLetter>().HandleAsync(new DraftRequest(orderId, Writer, model, candidates), ct));

    public static string Describe(this DraftResult result) =>
        result.Current.Text + "\n--- findings ---\n" + string.Join("\n", result.Current.Checks.Findings.Select(f => $"{f.Rule} @ {f.Where}: {f.Message}"))
        + $"\n--- measures ---\n{result.Current.Checks.Measures}";
}
