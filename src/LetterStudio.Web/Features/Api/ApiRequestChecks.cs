using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace LetterStudio.Web.Features.Api;

/// <summary>
/// The API's answers to bodies it cannot take, as problem+json: a 415 naming the media type it wants (a form post once
/// got a 302 to the HTML login page), and a 400 naming the field for JSON that is malformed or of the wrong type,
/// with the line and position, instead of a bare 400.
/// </summary>
public static class ApiRequestChecks
{
    public static IApplicationBuilder UseApiRequestChecks(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var api = http.Request.Path.StartsWithSegments("/api");
        if (api && http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts
            && HttpMethods.IsPost(http.Request.Method) | HttpMethods.IsPut(http.Request.Method) | HttpMethods.IsPatch(http.Request.Method)
            && !Accepted(accepts.ContentTypes, http.Request.ContentType))
        {
            await WriteAsync(http, new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType, Title = "Unsupported media type",
                Detail = $"Send the body as {string.Join(" or ", accepts.ContentTypes)}, not '{http.Request.ContentType ?? "(no Content-Type)"}'.",
            });
            return;
        }
        try
        {
            await next(http);
        }
        // Thrown by minimal APIs' binding (RouteHandlerOptions.ThrowOnBadRequest), before the handler runs.
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            if (!api)
            {
                http.Response.StatusCode = ex.StatusCode;
                return;
            }
            var (field, message) = Describe(ex);
            await WriteAsync(http, new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = ex.StatusCode, Title = ex.InnerException is JsonException ? "The request body could not be read" : "Bad request",
            });
        }
    });

    private static bool Accepted(IReadOnlyList<string> types, string? contentType)
    {
        var mediaType = contentType?.Split(';')[0].Trim();
        return mediaType is { Length: > 0 } && types.Any(t => string.Equals(t, mediaType, StringComparison.OrdinalIgnoreCase)
            || (t == "application/json" && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The field at fault, from the JSON reader's path ("$.recipientId" is recipientId), and what it needs.</summary>
    private static (string Field, string Message) Describe(BadHttpRequestException ex)
    {
        if (ex.InnerException is not JsonException json)
            return ("body", ex.Message.Contains("no body", StringComparison.OrdinalIgnoreCase) ? "is required: send a JSON object." : ex.Message);
        var path = json.Path is { Length: > 1 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "body";
        var where = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : "";
        var wanted = json.Message switch
        {
            var m when m.Contains("System.Int32", StringComparison.Ordinal) || m.Contains("System.Int64", StringComparison.Ordinal) => "must be a whole number",
            var m when m.Contains("System.Boolean", StringComparison.Ordinal) => "must be true or false",
            var m when m.Contains("System.DateOnly", StringComparison.Ordinal) => "must be a date as \"yyyy-MM-dd\"",
            var m when m.Contains("System.String", StringComparison.Ordinal) => "must be a string",
            var m when m.Contains("IReadOnlyList", StringComparison.Ordinal) || m.Contains("[]", StringComparison.Ordinal) => "must be an array",
            var m when m.Contains("could not be converted", StringComparison.Ordinal) => "has the wrong type",
            _ => "is not valid JSON",
        };
        return (path, wanted + where + ".");
    }

    private static Task WriteAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status!.Value;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
