using LetterStudio.Domain.Common;
using LetterStudio.Domain.Letters;
using LetterStudio.Drafting.Checks;

namespace LetterStudio.Application.Letters;

/// <summary>
/// Check errors stop a letter on its way to the customer: "send for approval", "send proof" and "approve" are refused
/// while the current revision has errors, unless the writer overrides them with a reason, which goes into the order's
/// history with the move. Warnings never block.
/// </summary>
public static class CheckGate
{
    /// <returns>The words to add to the history line: empty when the checks pass, the override and its reason otherwise.</returns>
    public static string Enforce(LetterRevision revision, string? overrideReason, string reference)
    {
        if (revision.ChecksJson is null) return "";
        var errors = StyleReport.FromJson(revision.ChecksJson).Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        if (errors.Count == 0) return "";
        var rules = string.Join(", ", errors.Select(e => e.Rule).Distinct());
        var reason = overrideReason?.Trim();
        if (string.IsNullOrEmpty(reason))
            throw new DomainValidationException("ChecksOverride",
                $"revision {revision.Number} of {reference} has {errors.Count} check error(s) ({rules}); fix them, or override them with a reason.");
        if (reason.Length > 300) reason = reason[..300];
        return $"; check errors overridden ({rules}): {reason}";
    }
}
