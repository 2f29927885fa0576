using System.ClientModel;
using System.Runtime.CompilerServices;
using System.Text;
using LetterStudio.Drafting.Checks;
using LetterStudio.Domain.Letters;
using LetterStudio.Drafting.Prompts;
using LetterStudio.Drafting.Setup;
using LetterStudio.Drafting.Templates;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Chat;

namespace LetterStudio.Drafting.Models.OpenAI;

/// <summary>
/// Drafts through the OpenAI .NET SDK against api.openai.com or any OpenAI-compatible server. The template's
/// instructions are the system message and the client's file is the user message, so quoted data never sits
/// among the instructions.
/// </summary>
public sealed class OpenAIDraftingModel : IDraftingModel
{
    private readonly OpenAISettings _settings;
    private readonly Lazy<ChatClient> _client;

    public OpenAIDraftingModel(IOptions<DraftingOptions> options)
    {
        _settings = options.Value.OpenAI;
        _client = new Lazy<ChatClient>(() => new ChatClient(_settings.Model, new ApiKeyCredential(_settings.ApiKey ?? ""), new OpenAIClientOptions
        {
            Endpoint = _settings.BaseUrl,
            NetworkTimeout = _settings.Timeout,
            RetryPolicy = new DraftingRetryPolicy(_settings.MaxRetries, _settings.RetryBaseDelay),
        }));
    }

    /// <summary>What makes each candidate its own letter.</summary>
    internal static readonly string[] Angles =
    [
        "Angle for this candidate: open with the occasion itself and its point from the brief, then the memories.",
        "Angle for this candidate: open inside the strongest memory, in the middle of it, and come to the occasion from there.",
        "Angle for this candidate: open with what the recipient means to the client, in one plain sentence, and keep the memories for the middle.",
        "Angle for this candidate: open with a small present-day detail that leads to the occasion.",
        "Angle for this candidate: let the brief's points lead, one after another, with the memories as their evidence.",
    ];

    public DraftingModelKind Kind => DraftingModelKind.OpenAI;
    public string Name => $"openai:{_settings.Model}";
    public RevisionSource Source => RevisionSource.Model;
    public bool HasApiKey => !string.IsNullOrWhiteSpace(_settings.ApiKey);

    public async Task<ModelDrafts> DraftAsync(DraftPrompt prompt, int candidates, CancellationToken ct)
    {
        // One request per candidate, in parallel (compatible servers do not all honour "n"), each from its own angle,
        // so three candidates are three different letters rather than one letter three times.
        var answers = await Task.WhenAll(Enumerable.Range(0, candidates).Select(i => DraftOneAsync(prompt, candidates > 1 ? Angles[i % Angles.Length] : null, ct)));
        // A candidate that is not a letter is dropped; only when none is a letter does the draft fail.
        var drafts = answers.Where(a => a.Draft is LetterDraft).ToList();
        if (drafts.Count == 0) Parse<LetterDraft>(() => throw answers.Select(a => a.Draft).OfType<NotALetterException>().First());
        var critique = answers.Aggregate(TokenUsage.None, (sum, a) => sum.Add(a.Critique));
        return new ModelDrafts([.. drafts.Select(d => (LetterDraft)d.Draft)], answers.Aggregate(TokenUsage.None, (sum, a) => sum.Add(a.Usage)),
            _settings.CritiqueAndRevise ? critique : null, [.. drafts.Select(d => d.Note)]);
    }

    /// <summary>One candidate: the draft, then (when on) the critique and the revision in the same conversation.</summary>
    private async Task<(object Draft, TokenUsage Usage, TokenUsage Critique, string? Note)> DraftOneAsync(DraftPrompt prompt, string? angle, CancellationToken ct)
    {
        var structured = _settings.StructuredOutput;
        var format = structured ? LetterSchema.LetterFormat : LetterSchema.PlainFormat;
        var schema = structured ? LetterSchema.Letter : null;
        var messages = Messages(prompt.Rendered, (angle is null ? "" : angle + "\n\n") + format);
        var first = await CompleteAsync(messages, schema, ct);
        var parsed = Try(() => ParseBody(first.Text, prompt.Model.Frame));
        if (parsed is not LetterDraft draft || !_settings.CritiqueAndRevise) return (parsed, first.Usage, TokenUsage.None, null);

        var cost = TokenUsage.None;
        try
        {
            var critique = await CritiqueAsync(messages, prompt, draft, first.Text, ct);
            cost = critique.Usage;
            if (critique.Text is null) return (draft, first.Usage.Add(cost), cost, CritiqueNote(cost, "found nothing to fix; the draft is kept as written"));
            messages.Add(new AssistantChatMessage(critique.Text));
            messages.Add(new UserChatMessage(CritiquePass.Revise(format)));
            var revised = await CompleteAsync(messages, schema, ct);
            cost = cost.Add(revised.Usage);
            var result = Try(() => ParseBody(revised.Text, prompt.Model.Frame));
            return result is LetterDraft better
                ? (better, first.Usage.Add(cost), cost, CritiqueNote(cost, "critiqued and revised"))
                : (draft, first.Usage.Add(cost), cost, CritiqueNote(cost, $"the revision could not be used ({((NotALetterException)result).Message.TrimEnd('.')}); the draft is kept as written"));
        }
        catch (DraftingFailedException ex)
        {
            // A draft already paid for is not thrown away because the pass after it failed.
            return (draft, first.Usage.Add(cost), cost, CritiqueNote(cost, $"failed ({ex.Message.TrimEnd('.')}); the draft is kept as written"));
        }
    }

    /// <summary>
    /// Asks for the critique of <paramref name="draft"/>, appending the draft to <paramref name="messages"/>; the text is
    /// null when neither the model nor the studio's own check found anything, so no revision is needed.
    /// </summary>
    private async Task<(string? Text, TokenUsage Usage)> CritiqueAsync(List<ChatMessage> messages, DraftPrompt prompt, LetterDraft draft, string answer, CancellationToken ct)
    {
        var findings = StyleChecker.Check(draft.ToText(), prompt).Findings;
        messages.Add(new AssistantChatMessage(answer));
        messages.Add(new UserChatMessage(CritiquePass.Request(prompt, draft, findings)));
        var critique = await CompleteAsync(messages, null, ct, _settings.CritiqueMaxOutputTokens);
        return (CritiquePass.FoundNothing(critique.Text) && findings.Count == 0 ? null : critique.Text.Trim(), critique.Usage);
    }

    private static string CritiqueNote(TokenUsage cost, string what) => $"Critique pass: {what}{(cost.Total > 0 ? $"; it cost {cost}" : "")}.";

    private LetterDraft ParseBody(string text, Voice.RecipientFrame frame) =>
        _settings.StructuredOutput ? LetterSchema.ParseLetter(text, frame) : LetterSchema.ParsePlainBody(text, frame);

    public async IAsyncEnumerable<DraftChunk> StreamAsync(DraftPrompt prompt, [EnumeratorCancellation] CancellationToken ct)
    {
        var messages = Messages(prompt.Rendered, LetterSchema.PlainFormat);
        var text = new StringBuilder();
        var usage = TokenUsage.None;
        await foreach (var chunk in StreamOnceAsync(messages, ct))
        {
            if (chunk.Usage is { } u) usage = u;
            else text.Append(chunk.Text);
            if (chunk.Text.Length > 0) yield return chunk;
        }
        var parsed = _settings.CritiqueAndRevise ? Try(() => LetterSchema.ParsePlainBody(text.ToString(), prompt.Model.Frame)) : null;
        // Not a letter (or the pass is off): the caller judges the streamed text as it is.
        if (parsed is not LetterDraft draft)
        {
            yield return new DraftChunk("", usage);
            yield break;
        }

        (string? Text, TokenUsage Usage) critique;
        string? failed = null;
        try
        {
            critique = await CritiqueAsync(messages, prompt, draft, text.ToString(), ct);
        }
        catch (DraftingFailedException ex)
        {
            (critique, failed) = ((null, TokenUsage.None), ex.Message.TrimEnd('.'));
        }
        var cost = critique.Usage;
        if (critique.Text is null)
        {
            var what = failed is null ? "found nothing to fix; the draft is kept as written" : $"failed ({failed}); the draft is kept as written";
            yield return new DraftChunk("", usage.Add(cost), CritiqueUsage: cost, Note: CritiqueNote(cost, what));
            yield break;
        }
        messages.Add(new AssistantChatMessage(critique.Text));
        messages.Add(new UserChatMessage(CritiquePass.Revise(LetterSchema.PlainFormat)));
        // The writer watched the draft arrive; the revision replaces it as it streams.
        yield return new DraftChunk("", Restart: true);
        await foreach (var chunk in StreamOnceAsync(messages, ct))
        {
            if (chunk.Usage is { } u) cost = cost.Add(u);
            if (chunk.Text.Length > 0) yield return chunk;
        }
        yield return new DraftChunk("", usage.Add(cost), CritiqueUsage: cost, Note: CritiqueNote(cost, "critiqued and revised"));
    }

    /// <summary>One streamed completion: its text as it comes, then a chunk with its usage.</summary>
    private async IAsyncEnumerable<DraftChunk> StreamOnceAsync(List<ChatMessage> messages, [EnumeratorCancellation] CancellationToken ct)
    {
        var updates = _client.Value.CompleteChatStreamingAsync(messages, Options(null), ct).GetAsyncEnumerator(ct);
        var usage = TokenUsage.None;
        try
        {
            while (true)
            {
                StreamingChatCompletionUpdate update;
                // C# cannot yield inside a try with a catch, so only the step is guarded and the yield sits outside.
                try
                {
                    if (!await updates.MoveNextAsync()) break;
                    update = updates.Current;
                }
                catch (Exception ex) when (Failure(ex, ct) is { } failure)
                {
                    throw failure;
                }
                if (update.Usage is { } u) usage = new TokenUsage(u.InputTokenCount, u.OutputTokenCount);
                var text = string.Concat(update.ContentUpdate.Select(p => p.Text));
                if (text.Length > 0) yield return new DraftChunk(text);
            }
        }
        finally
        {
            await updates.DisposeAsync();
        }
        yield return new DraftChunk("", usage);
    }

    public async Task<ModelParagraph> RedraftParagraphAsync(DraftPrompt prompt, LetterDraft current, int index, string? writerNote, CancellationToken ct)
    {
        if (index < 0 || index >= current.Paragraphs.Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"the letter has paragraphs 1 to {current.Paragraphs.Count}.");
        var instructions = $"""
            Now rewrite only paragraph {index + 1} of the current draft, which follows the client's file between the same markers. Keep the other paragraphs as they are; they are context. Keep the facts of any anecdote the paragraph tells. If the writer left a note, it is a request about this paragraph's content or tone from the studio's writer.
            {(_settings.StructuredOutput ? "Answer with JSON only: {\"paragraph\": \"...\"}." : "Answer with the new paragraph as plain text only.")}
            """;
        var draftData = string.Join("\n", [Quoting.DataOpen,
            .. current.Paragraphs.Select((p, i) => $"paragraph {i + 1}{(i == index ? " (to rewrite)" : "")}: {Quoting.Quote(p)}"),
            .. writerNote is null ? Array.Empty<string>() : [$"writer's note: {Quoting.Quote(writerNote)}"],
            Quoting.DataClose]);
        List<ChatMessage> messages = [.. Messages(prompt.Rendered, instructions), new UserChatMessage(draftData)];
        var answer = await CompleteAsync(messages, _settings.StructuredOutput ? LetterSchema.Paragraph : null, ct);
        var text = Parse(() => _settings.StructuredOutput ? LetterSchema.ParseParagraph(answer.Text)
            : string.IsNullOrWhiteSpace(answer.Text) ? throw new NotALetterException("the answer is empty.") : answer.Text.Trim());
        return new ModelParagraph(text, answer.Usage);
    }

    private static List<ChatMessage> Messages(RenderedPrompt prompt, string format) =>
        [new SystemChatMessage(prompt.Instructions + "\n\n" + format), new UserChatMessage(prompt.Data)];

    private ChatCompletionOptions Options(ChatResponseFormat? format, int? maxOutputTokens = null) => new()
    {
        Temperature = (float)_settings.Temperature,
        MaxOutputTokenCount = maxOutputTokens ?? _settings.MaxOutputTokens,
        ResponseFormat = format,
    };

    /// <param name="maxOutputTokens">The critique's own cap; null for a letter's.</param>
    private async Task<(string Text, TokenUsage Usage)> CompleteAsync(IEnumerable<ChatMessage> messages, ChatResponseFormat? format, CancellationToken ct, int? maxOutputTokens = null)
    {
        try
        {
            ChatCompletion completion = await _client.Value.CompleteChatAsync(messages, Options(format, maxOutputTokens), ct);
            var text = string.Concat(completion.Content.Select(p => p.Text));
            var usage = completion.Usage is { } u ? new TokenUsage(u.InputTokenCount, u.OutputTokenCount) : TokenUsage.None;
            if (completion.FinishReason == ChatFinishReason.Length)
                throw new DraftingFailedException(maxOutputTokens is { } cap
                    ? $"The model stopped at Drafting:OpenAI:CritiqueMaxOutputTokens ({cap:N0}) before the critique was finished."
                    : $"The model stopped at Drafting:OpenAI:MaxOutputTokens ({_settings.MaxOutputTokens:N0}) before the letter was finished.");
            return (text, usage);
        }
        catch (Exception ex) when (Failure(ex, ct) is { } failure)
        {
            throw failure;
        }
    }

    private static object Try(Func<LetterDraft> parse)
    {
        try
        {
            return parse();
        }
        catch (NotALetterException ex)
        {
            return ex;
        }
    }

    private static T Parse<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (NotALetterException ex)
        {
            throw new DraftingFailedException($"The model's answer could not be used. {ex.Message}", ex);
        }
    }

    /// <summary>What went wrong, said for the writer; null for the caller's own cancellation, which stays a cancellation.</summary>
    private DraftingFailedException? Failure(Exception ex, CancellationToken ct)
    {
        if (ex is DraftingFailedException) return null;
        // When every try fails on an exception (a timeout each time), the SDK's retry policy throws them all together.
        if (ex is AggregateException { InnerExceptions.Count: > 0 } all) return Failure(all.InnerExceptions[^1], ct) is { } last ? new(last.Message, ex) : null;
        var server = _settings.BaseUrl.GetLeftPart(UriPartial.Authority);
        var retries = _settings.MaxRetries == 1 ? "1 retry" : $"{_settings.MaxRetries} retries";
        return ex switch
        {
            OperationCanceledException when ct.IsCancellationRequested => null,
            OperationCanceledException => new($"The model server at {server} did not answer within {_settings.Timeout.TotalSeconds:0.#} s (after {retries}).", ex),
            ClientResultException { Status: 429 } => new($"The model server at {server} is rate limiting (HTTP 429) and still was after {retries}; try again later.", ex),
            ClientResultException { Status: 401 or 403 } c => new($"The model server at {server} refused the API key (HTTP {c.Status}); check Drafting:OpenAI:ApiKey or OPENAI_API_KEY.", ex),
            ClientResultException { Status: >= 500 } c => new($"The model server at {server} failed (HTTP {c.Status}) after {retries}.", ex),
            ClientResultException { Status: 0 } => new($"The model server at {server} could not be reached: {ex.Message}", ex),
            ClientResultException c => new($"The model server at {server} refused the request (HTTP {c.Status}): {FirstLine(c.Message)}", ex),
            HttpRequestException => new($"The model server at {server} could not be reached: {ex.Message}", ex),
            // The SDK reads the response body as JSON; a malformed body surfaces as one of these.
            System.Text.Json.JsonException or FormatException or InvalidOperationException or KeyNotFoundException or ArgumentException
                => new($"The model server at {server} sent an answer that is not a valid chat completion ({ex.GetType().Name}: {FirstLine(ex.Message)}).", ex),
            _ => null,
        };
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
