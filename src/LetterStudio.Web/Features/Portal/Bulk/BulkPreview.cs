using LetterStudio.Application.Letters;
using LetterStudio.Application.Orders.Bulk;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Styles;
using LetterStudio.Web.Features.Desk;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Web.Features.Portal.Bulk;

/// <summary>
/// What the portal shows before a bulk upload is confirmed: every row as it will be ordered, the total, and the
/// first rows written out in the customer's hand. The writer drafts each letter later, so a sample is honest about
/// what it is: the customer's own salutation to that recipient, a line naming the occasion and the brief, the
/// row's merge fields, and the customer's sign-off, in the look their letters will have.
/// </summary>
public sealed class BulkPreview(LetterStudioDbContext db, BulkValidator validator, LetterRendering rendering)
{
    public const int SampleCount = 3;
    private const float SampleDpi = 60;

    public sealed record Sample(int Row, string Name, string? PngDataUrl, string? Problem);

    public sealed record Result(IReadOnlyList<BulkLine> Lines, IReadOnlyList<BulkRowError> Errors, IReadOnlyList<Sample> Samples)
    {
        public long TotalMinor => Lines.Sum(l => l.PriceMinor);
    }

    public async Task<Result> BuildAsync(int customerId, IReadOnlyList<BulkRow> rows, CancellationToken ct = default)
    {
        var (lines, errors) = await validator.ValidateAsync(customerId, rows, ct);
        if (errors.Count > 0) return new Result(lines, errors, []);
        var profile = await db.StyleProfiles.AsNoTracking().Where(p => p.CustomerId == customerId).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);
        var customerName = await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.Name).SingleAsync(ct);
        var occasions = await db.Occasions.AsNoTracking().ToDictionaryAsync(o => o.Key, o => o.Name, ct);
        var look = DeskLook.From(profile?.Look ?? LetterLook.Default);
        var samples = lines.Take(SampleCount).Select((line, i) => Render(line, i + 1, profile, customerName, occasions, look)).ToList();
        return new Result(lines, errors, samples);
    }

    private Sample Render(BulkLine line, int row, StyleProfile? profile, string customerName, Dictionary<string, string> occasions, DeskLook look)
    {
        var calledBy = line.CalledBy ?? line.Name;
        var paragraphs = new List<string>
        {
            $"This is a sample of how your {occasions.GetValueOrDefault(line.Occasion, line.Occasion).ToLowerInvariant()} letter to {calledBy} will look. Your writer drafts the letter itself from your brief: \u201c{line.Brief}\u201d",
        };
        if (line.MergeFields.Count > 0)
            paragraphs.Add("With these details: " + string.Join("; ", line.MergeFields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {f.Value}")) + ".");
        var letter = new Handwriting.Letter
        {
            Salutation = (profile?.Salutation ?? "Dear {name},").Replace("{name}", calledBy, StringComparison.Ordinal),
            Paragraphs = paragraphs,
            Closing = profile?.SignOff ?? "With love,",
            Signature = profile?.SignatureName ?? customerName,
        };
        try
        {
            var options = LetterRendering.Options(look, row, $"Sample for {line.Name}", "LetterStudio");
            var png = rendering.RenderPng(letter, options, 0, SampleDpi);
            return new Sample(row, line.Name, "data:image/png;base64," + Convert.ToBase64String(png), null);
        }
        catch (DomainValidationException ex)
        {
            return new Sample(row, line.Name, null, ex.Reason);
        }
    }
}
