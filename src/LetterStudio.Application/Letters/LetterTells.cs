using LetterStudio.Domain.Common;
using LetterStudio.Inspection;

namespace LetterStudio.Application.Letters;

/// <summary>
/// The robot tells of a rendered letter, read from its PDF as `letterstudio inspect` reads it, and the rule that a
/// writer approving a letter over a threshold says why.
/// </summary>
public sealed class LetterTells(TellThresholds thresholds)
{
    /// <summary>The reason is kept in the order's history; the same limit as any history reason.</summary>
    public const int MaxReason = 1_500;

    public InspectionReport Inspect(byte[] pdf) => PdfInspector.Inspect(pdf, thresholds);

    /// <summary>
    /// What the approval's history line adds for this PDF: nothing when no tell passes its threshold; otherwise the
    /// failing tells and the writer's reason, or a refusal on the TellsReason field when there is none.
    /// </summary>
    public string? ApprovalNote(byte[] pdf, string? reason)
    {
        var failing = Inspect(pdf).Failing.ToList();
        if (failing.Count == 0) return null;
        var names = string.Join("; ", failing.Select(Describe));
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainValidationException("TellsReason",
                $"the letter shows robot tells over their thresholds ({names}): give a reason to approve it anyway, or change the look.");
        if (reason.Trim().Length > MaxReason)
            throw new DomainValidationException("TellsReason", $"keep the reason under {MaxReason} characters.");
        return $"over the robot tells thresholds ({names}). Reason: {reason.Trim()}";
    }

    public static string Describe(TellResult tell) => tell.Id switch
    {
        "rigid-words" => $"{tell.Name}: {tell.Value:P0}",
        "page-fullness" => $"{tell.Name}: {tell.Value:P0} full",
        _ => $"{tell.Name}: {tell.Value}",
    };
}
