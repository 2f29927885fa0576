using System.Text.Json;
using LetterStudio.Application.Orders;
using LetterStudio.Application.Voice;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Voice;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// Samples of the customer's own writing: GET lists them, POST adds one (JSON <c>{"title","text"}</c>, or a
/// multipart upload of a .txt or .eml file in the field <c>file</c>), DELETE removes one. Like recipients, samples
/// have a mode: a test key sees and adds only test samples, which never shape a real letter; another customer's
/// sample, or one of the other mode, is a 404.
/// </summary>
public static class ApiV1VoiceSamples
{
    public static RouteGroupBuilder MapApiV1VoiceSamples(this RouteGroupBuilder api)
    {
        api.MapGet("/voice-samples", ListAsync).Documented("listVoiceSamples", "Samples of the customer's own writing");
        api.MapGet("/voice-samples/{id:int}", GetAsync).Documented("getVoiceSample", "One sample", new(Parameters: new Dictionary<string, string> { ["id"] = "1" }));
        api.MapPost("/voice-samples", AddAsync).Documented("addVoiceSample", "Add a sample (JSON, or a multipart .txt or .eml file in the field 'file')",
            new(Body: """{"title": "To my sister", "text": "Honestly, I reckon the garden has never looked better. I'm hopeless at roses, but there we are."}""",
                BodySchema: typeof(AddVoiceSampleRequest)));
        api.MapDelete("/voice-samples/{id:int}", DeleteAsync).Documented("deleteVoiceSample", "Delete a sample", new(Parameters: new Dictionary<string, string> { ["id"] = "1" }));
        return api;
    }

    private static async Task<Ok<List<VoiceSampleDto>>> ListAsync(HttpContext http, VoiceSamples samples, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        return TypedResults.Ok((await samples.ListAsync(caller.CustomerId, caller.TestMode, ct)).Select(ToDto).ToList());
    }

    private static async Task<Results<Ok<VoiceSampleDto>, NotFound>> GetAsync(int id, HttpContext http, VoiceSamples samples, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        try
        {
            return TypedResults.Ok(ToDto(await samples.GetAsync(caller.CustomerId, caller.TestMode, id, ct)));
        }
        catch (NotFoundException)
        {
            return TypedResults.NotFound();
        }
    }

    private static async Task<Results<Created<VoiceSampleDto>, ValidationProblem>> AddAsync(HttpContext http, VoiceSamples samples, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        var actor = http.User.Identity!.Name!;
        try
        {
            VoiceSample sample;
            if (http.Request.HasFormContentType)
            {
                var form = await http.Request.ReadFormAsync(ct);
                var title = form["title"].ToString();
                if (form.Files.GetFile("file") is { } file)
                {
                    if (file.Length > SampleText.MaxFileBytes) return ApiV1.Problem("file", $"is larger than {SampleText.MaxFileBytes / 1024:N0} KB.");
                    using var buffer = new MemoryStream();
                    await file.CopyToAsync(buffer, ct);
                    sample = await samples.AddFileAsync(caller.CustomerId, caller.TestMode, Blank(title), file.FileName, buffer.ToArray(), actor, ct);
                }
                else sample = await samples.AddAsync(caller.CustomerId, caller.TestMode, Blank(title), form["text"].ToString(), VoiceSampleSource.Pasted, actor, ct);
            }
            else
            {
                AddVoiceSampleRequest? request;
                try
                {
                    request = await http.Request.ReadFromJsonAsync<AddVoiceSampleRequest>(ct);
                }
                catch (JsonException ex)
                {
                    var field = ex.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "body";
                    return ApiV1.Problem(field, field == "body" ? "is not a JSON object of title and text." : "must be a string.");
                }
                catch (InvalidOperationException)
                {
                    return ApiV1.Problem("body", "send JSON ({\"title\": ..., \"text\": ...}) or a multipart upload with a .txt or .eml file in the field 'file'.");
                }
                if (request is null) return ApiV1.Problem("body", "is required: send a JSON object of title and text.");
                sample = await samples.AddAsync(caller.CustomerId, caller.TestMode, request.Title, request.Text, VoiceSampleSource.Pasted, actor, ct);
            }
            return TypedResults.Created($"/api/v1/voice-samples/{sample.Id}", ToDto(sample));
        }
        catch (DomainValidationException ex)
        {
            return ApiV1.Problem(ex.Field, ex.Reason);
        }
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, HttpContext http, VoiceSamples samples, CancellationToken ct)
    {
        var caller = ApiCaller.From(http.User);
        try
        {
            await samples.DeleteAsync(caller.CustomerId, caller.TestMode, id, ct);
            return TypedResults.NoContent();
        }
        catch (NotFoundException)
        {
            return TypedResults.NotFound();
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static VoiceSampleDto ToDto(VoiceSample s) => new(s.Id, s.Title, s.Text, s.Source.ToString().ToLowerInvariant(), VoiceAnalysis.WordCount(s.Text), s.IsTest, s.CreatedAt);
}

public sealed record AddVoiceSampleRequest(string? Title, string? Text);

/// <summary>A sample of the customer's own writing; <c>source</c> is pasted, file or email.</summary>
public sealed record VoiceSampleDto(int Id, string Title, string Text, string Source, int Words, bool IsTest, DateTimeOffset CreatedAt);
