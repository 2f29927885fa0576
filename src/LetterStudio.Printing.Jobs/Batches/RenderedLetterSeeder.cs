using System.Text.Json;
using LetterStudio.Data;
using LetterStudio.Domain.Letters;
using Letter = LetterStudio.Domain.Letters.Letter;
using LetterStudio.Domain.Orders;
using LetterStudio.Handwriting;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Printing.Jobs.Batches;

/// <summary>
/// Fills a demo studio with letters that are rendered and waiting to print (for the benchmark, tests and
/// trying the print room): orders for the demo recipients, each with a letter of one to three pages
/// rendered by the engine and stored as the desk stores it. With <c>uniqueText</c> every letter names
/// its order (slower: each is rendered); without it the three page lengths are rendered once per look, or
/// <c>variants</c> times with different words and hands. The rendering is timed (<see cref="RenderTally"/>), which
/// is the engine's pages per second for the very letters a benchmark batch then prints.
/// </summary>
public static class RenderedLetterSeeder
{
    /// <summary>What the engine rendered while seeding, and how long it took.</summary>
    public sealed class RenderTally
    {
        public int Letters { get; private set; }
        public int Pages { get; private set; }
        public TimeSpan Elapsed { get; private set; }
        public double PagesPerSecond => Elapsed > TimeSpan.Zero ? Pages / Elapsed.TotalSeconds : 0;

        internal void Add(int pages, TimeSpan elapsed)
        {
            Letters++;
            Pages += pages;
            Elapsed += elapsed;
        }
    }

    private static readonly (Domain.Styles.PaperSize Paper, Domain.Styles.Stationery Stationery, string Ink)[] Looks =
    [
        (Domain.Styles.PaperSize.A4, Domain.Styles.Stationery.Plain, "#1A2A6C"),
        (Domain.Styles.PaperSize.A5, Domain.Styles.Stationery.Ruled, "#1A2A6C"),
        (Domain.Styles.PaperSize.A4, Domain.Styles.Stationery.Plain, "#3B2F2F"),
    ];

    public static async Task<IReadOnlyList<int>> SeedAsync(LetterStudioDbContext db, HandwritingRenderer renderer, int count, bool uniqueText,
        TimeProvider time, bool isTest = false, CancellationToken ct = default, int variants = 1, RenderTally? tally = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(variants, 1);
        var recipients = await db.Recipients.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.CustomerId, r.CalledBy }).ToListAsync(ct);
        if (recipients.Count == 0) throw new InvalidOperationException("Seed the demo studio first (letterstudio db seed).");
        var occasion = await db.Occasions.AsNoTracking().OrderBy(o => o.Key).Select(o => o.Key).FirstAsync(ct);
        var cache = new Dictionary<(int Look, int Pages, int Variant), (byte[] Pdf, int Pages)>();
        var now = time.GetUtcNow();
        var ids = new List<int>();
        const int chunk = 200;
        for (var start = 0; start < count; start += chunk)
        {
            var orders = new List<(Order Order, int Look, int Length, int Variant)>();
            for (var i = start; i < Math.Min(count, start + chunk); i++)
            {
                var r = recipients[i % recipients.Count];
                var order = Order.Place(new OrderDetails(r.CustomerId, r.Id, occasion, $"Seeded letter {i + 1}", null,
                    DateOnly.FromDateTime(now.UtcDateTime).AddDays(3 + i % 10), 2500, "GBP", false, null, [], IsTest: isTest), "seed", now);
                foreach (var to in new[] { OrderStatus.Assigned, OrderStatus.Drafting, OrderStatus.InReview, OrderStatus.Approved, OrderStatus.Rendered })
                    order.MoveTo(to, "seed", now);
                db.Orders.Add(order);
                orders.Add((order, i % Looks.Length, i % 3 + 1, i / Looks.Length % variants));
            }
            await db.SaveChangesAsync(ct);
            var letters = new List<(Letter Letter, Order Order, int Look, int Length, int Variant)>();
            foreach (var (order, look, length, variant) in orders)
            {
                var letter = new Letter(order.Id, now);
                letter.AddRevision(new RevisionDraft(Text(order.Reference, length), RevisionSource.Writer, "seed"), now);
                db.Letters.Add(letter);
                letters.Add((letter, order, look, length, variant));
            }
            await db.SaveChangesAsync(ct);
            foreach (var (letter, order, look, length, variant) in letters)
            {
                var (pdf, pages) = uniqueText ? Timed(() => Render(renderer, look, length, order.Reference, order.Id))
                    : cache.TryGetValue((look, length, variant), out var hit) ? hit
                    : cache[(look, length, variant)] = Timed(() => Render(renderer, look, length, variant == 0 ? "" : $"V{variant}", 1 + variant));
                var (paper, stationery, ink) = Looks[look];
                var json = JsonSerializer.Serialize(new { font = (string?)null, size = 20f, ink, paper = paper.ToString(), stationery = stationery.ToString(), realism = 2, seed = order.Id });
                db.LetterDocuments.Add(new LetterDocument(letter.Id, 1, pdf, pages, json, now));
                ids.Add(order.Id);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return ids;

        (byte[] Pdf, int Pages) Timed(Func<(byte[] Pdf, int Pages)> render)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var rendered = render();
            tally?.Add(rendered.Pages, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            return rendered;
        }
    }

    /// <summary>Renders a letter of about <paramref name="length"/> pages (1–3) in one of the seeded looks.</summary>
    public static (byte[] Pdf, int Pages) Render(HandwritingRenderer renderer, int look, int length, string reference, long seed)
    {
        var (paper, stationery, ink) = Looks[look];
        using var stream = new MemoryStream();
        var result = renderer.RenderPdf(ToLetter(Text(reference, length)), new RenderOptions
        {
            Paper = Enum.Parse<PaperSize>(paper.ToString()),
            Stationery = Enum.Parse<Stationery>(stationery.ToString()),
            Ink = InkColor.Parse(ink),
            Seed = seed,
            Title = $"Letter {reference}",
        }, stream);
        return (stream.ToArray(), result.PageCount);
    }

    private static string Text(string reference, int length) =>
        string.Join("\n\n", Enumerable.Range(0, length * 4).Select(p =>
            $"{(p == 0 && reference.Length > 0 ? $"Letter {reference}. " : "")}It was lovely to hear from you, and I think of the garden often; the roses by the gate came out early this year and the whole lane smelled of them for a week."));

    private static Handwriting.Letter ToLetter(string text) => new()
    {
        Salutation = "Dear friend,",
        Paragraphs = text.Split("\n\n"),
        Closing = "With love,",
        Signature = "Ann",
    };
}
