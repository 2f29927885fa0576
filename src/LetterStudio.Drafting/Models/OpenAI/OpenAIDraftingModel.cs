using System.ClientModel;
using System.Runtime.CompilerServices;
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
        var format = _settings.StructuredOutput ? LetterSchema.LetterFormat : LetterSchema.PlainFormat;
        var frame = prompt.Model.Frame;
        // One request per candidate, in parallel (compatible servers do not all honour "n"), each from its own angle,
        // so three candidates are three different letters rather than one letter three times.
        var answers = await Task.WhenAll(Enumerable.Range(0, candidates).Select(i =>
            CompleteAsync(Messages(prompt.Rendered, (candidates > 1 ? Angles[i % Angles.Length] + "\n\n" : "") + format), _settings.StructuredOutput ? LetterSchema.Letter : null, ct)));
        // A candidate that is not a letter is dropped; only when none is a letter does the draft fail.
        var parsed = answers.Select(a => Try(() => _settings.StructuredOutput ? LetterSchema.ParseLetter(a.Text, frame) : LetterSchema.ParsePlainBody(a.Text, frame))).ToList();
        var drafts = parsed.OfType<LetterDraft>().ToList();
        if (drafts.Count == 0) Parse<LetterDraft>(() => throw parsed.OfType<NotALetterException>().First());
        return new ModelDrafts(drafts, answers.Aggregate(TokenUsage.None, (sum, a) => sum.Add(a.Usage)));
    }

    public async IAsyncEnumerable<DraftChunk> StreamAsync(DraftPrompt prompt, [EnumeratorCancellation] CancellationToken ct)
    {
        var options = Options(null);
        var updates = _client.Value.CompleteChatStreamingAsync(Messages(prompt.Rendered, LetterSchema.PlainFormat), options, ct).GetAsyncEnumerator(ct);
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

    private ChatCompletionOptions Options(ChatResponseFormat? format) => new()
    {
        Temperature = (float)_settings.Temperature,
        MaxOutputTokenCount = _settings.MaxOutputTokens,
        ResponseFormat = format,
    };

    private async Task<(string Text, TokenUsage Usage)> CompleteAsync(IEnumerable<ChatMessage> messages, ChatResponseFormat? format, CancellationToken ct)
    {
        try
        {
            ChatCompletion completion = await _client.Value.CompleteChatAsync(messages, Options(format), ct);
            var text = string.Concat(completion.Content.Select(p => p.Text));
            var usage = completion.Usage is { } u ? new TokenUsage(u.InputTokenCount, u.OutputTokenCount) : TokenUsage.None;
            if (completion.FinishReason == ChatFinishReason.Length)
                throw new DraftingFailedException($"The model stopped at Drafting:OpenAI:MaxOutputTokens ({_settings.MaxOutputTokens:N0}) before the letter was finished.");
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
