using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Voice;
using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Application.Voice;

/// <summary>
/// A customer's samples of their own writing and the voice profile read from them, always scoped to the customer and
/// the mode (a test key's samples are apart, as its recipients are). The profile is computed from the live samples
/// when asked, so it always matches them; the writer's corrections (<see cref="ClientVoice"/>) are stored and laid over it.
/// </summary>
public sealed class VoiceSamples(LetterStudioDbContext db, TimeProvider time)
{
    /// <summary>Enough to show a voice; more would only slow the profile and the writer's reading.</summary>
    public const int MaxSamples = 50;

    public Task<List<VoiceSample>> ListAsync(int customerId, bool isTest, CancellationToken ct = default) =>
        db.VoiceSamples.AsNoTracking().Where(s => s.CustomerId == customerId && s.IsTest == isTest).OrderBy(s => s.Id).ToListAsync(ct);

    public async Task<VoiceSample> GetAsync(int customerId, bool isTest, int id, CancellationToken ct = default) =>
        await db.VoiceSamples.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.CustomerId == customerId && s.IsTest == isTest, ct)
        ?? throw new NotFoundException("Voice sample", id);

    public async Task<VoiceSample> AddAsync(int customerId, bool isTest, string? title, string? text, VoiceSampleSource source, string actor, CancellationToken ct = default)
    {
        if (await db.VoiceSamples.CountAsync(s => s.CustomerId == customerId && s.IsTest == isTest, ct) >= MaxSamples)
            throw new DomainValidationException("text", $"you already have {MaxSamples} samples; delete one before adding another.");
        VoiceSample sample;
        try
        {
            sample = new VoiceSample(customerId, title, text ?? "", source, isTest, actor, time.GetUtcNow());
        }
        catch (DomainValidationException ex)
        {
            // The API and the forms name fields in lower case ("text", "title").
            throw new DomainValidationException(char.ToLowerInvariant(ex.Field[0]) + ex.Field[1..], ex.Reason);
        }
        db.VoiceSamples.Add(sample);
        await db.SaveChangesAsync(ct);
        return sample;
    }

    /// <summary>A .txt or .eml upload: the text is read out of the file first (<see cref="SampleText"/>).</summary>
    public Task<VoiceSample> AddFileAsync(int customerId, bool isTest, string? title, string fileName, byte[] content, string actor, CancellationToken ct = default)
    {
        var (text, source) = SampleText.FromFile(fileName, content);
        return AddAsync(customerId, isTest, title ?? Path.GetFileName(fileName), text, source, actor, ct);
    }

    public async Task DeleteAsync(int customerId, bool isTest, int id, CancellationToken ct = default)
    {
        var sample = await db.VoiceSamples.SingleOrDefaultAsync(s => s.Id == id && s.CustomerId == customerId && s.IsTest == isTest, ct)
            ?? throw new NotFoundException("Voice sample", id);
        db.VoiceSamples.Remove(sample);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The voice the live samples show, with the writer's corrections, and the best passages to quote.</summary>
    public Task<VoiceProfile> ProfileAsync(int customerId, CancellationToken ct = default) => ReadProfileAsync(db, customerId, ct);

    /// <summary>The voice profile for readers that write nothing (drafting).</summary>
    public static async Task<VoiceProfile> ReadProfileAsync(LetterStudioDbContext db, int customerId, CancellationToken ct = default)
    {
        var texts = await db.VoiceSamples.AsNoTracking().Where(s => s.CustomerId == customerId && !s.IsTest).OrderBy(s => s.Id).Select(s => s.Text).ToListAsync(ct);
        var edit = await db.ClientVoices.AsNoTracking().SingleOrDefaultAsync(v => v.CustomerId == customerId, ct);
        var derived = VoiceAnalysis.Analyse(texts);
        return new VoiceProfile(derived, edit?.Apply(derived) ?? derived, edit, VoiceAnalysis.BestExcerpts(texts));
    }

    /// <summary>The writer's corrections; null favourites keep what the samples say.</summary>
    public async Task<ClientVoice> EditAsync(int customerId, Spelling? spelling, IEnumerable<string>? favourites, string? notes, string actor, CancellationToken ct = default)
    {
        var voice = await db.ClientVoices.SingleOrDefaultAsync(v => v.CustomerId == customerId, ct);
        if (voice is null) db.ClientVoices.Add(voice = new ClientVoice(customerId));
        voice.Edit(spelling, favourites, notes, actor, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return voice;
    }
}

/// <summary>A customer's voice: as the samples show it, as the writer corrected it, the corrections themselves and the passages to quote.</summary>
public sealed record VoiceProfile(VoiceFigures Derived, VoiceFigures Figures, ClientVoice? Edit, IReadOnlyList<string> Excerpts)
{
    public bool HasSamples => Derived.Samples > 0;
}
