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
    // The endpoint routing picks when a route matched but its Accepts metadata did not (AcceptsMatcherPolicy).
    private const string UnsupportedMediaTypeEndpoint = "415 HTTP Unsupported Media Type";

    // The endpoint routing picks when a route matched but not for this method (HttpMethodMatcherPolicy).
    private const string MethodNotAllowedEndpoint = "405 HTTP Method Not Supported";

    /// <summary>
    /// Before authorisation, what routing could not match under /api: no route (an id that is not a 32-bit integer,
    /// "/orders/null" or "/orders/2147483648", matches no {id:int} route), a route without this method, or a body of the
    /// wrong media type (routing's own 415 endpoint). None of these carries the API's metadata, so the site-wide
    /// sign-in policy turned each into a 302 to the HTML login page; here each is a problem+json instead. A path that
    /// names no route is a 404 for every caller, key or not: the routes are public in the OpenAPI document.
    /// </summary>
    public static IApplicationBuilder UseApiMediaTypeCheck(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            await next(http);
            return;
        }
        switch (http.GetEndpoint())
        {
            case null:
                await WriteAsync(http, new ProblemDetails
                {
                    Status = StatusCodes.Status404NotFound, Title = "Not found",
                    Detail = $"No API route is '{http.Request.Path}'; ids are whole numbers from 1 to {int.MaxValue}.",
                });
                return;
            case { DisplayName: MethodNotAllowedEndpoint }:
                await WriteAsync(http, new ProblemDetails
                {
                    Status = StatusCodes.Status405MethodNotAllowed, Title = "Method not allowed",
                    Detail = $"'{http.Request.Method}' is not allowed on '{http.Request.Path}'.",
                });
                return;
            case { DisplayName: UnsupportedMediaTypeEndpoint }:
                await WriteAsync(http, new ProblemDetails
                {
                    Status = StatusCodes.Status415UnsupportedMediaType, Title = "Unsupported media type",
                    Detail = $"Send the body as application/json, not '{http.Request.ContentType ?? "(no Content-Type)"}'.",
                });
                return;
            default:
                await next(http);
                return;
        }
    });

    /// <summary>After authorisation: a body that cannot be bound is a problem naming the field.</summary>
    public static IApplicationBuilder UseApiBodyErrors(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        try
        {
            await next(http);
        }
        // Thrown by minimal APIs' binding (RouteHandlerOptions.ThrowOnBadRequest), before the handler runs.
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            if (!http.Request.Path.StartsWithSegments("/api"))
            {
                http.Response.StatusCode = ex.StatusCode;
                return;
            }
            var (field, message) = Describe(ex, http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType);
            await WriteAsync(http, new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = ex.StatusCode, Title = ex.InnerException is JsonException ? "The request body could not be read" : "Bad request",
            });
        }
    });

    /// <summary>The field at fault, from the JSON reader's path ("$.recipientId" is recipientId), and what the request type wants there.</summary>
    private static (string Field, string Message) Describe(BadHttpRequestException ex, Type? requestType)
    {
        if (ex.InnerException is not JsonException json)
            return ("body", ex.Message.Contains("no body", StringComparison.OrdinalIgnoreCase) ? "is required: send a JSON object." : ex.Message);
        var path = json.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : "body";
        var where = json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : "";
        var name = path.Split('.', '[')[0];
        var property = requestType?.GetProperties().FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
        var type = property is null ? null : Nullable.GetUnderlyingType(property) ?? property;
        var wanted = type switch
        {
            null => json.Message.Contains("could not be converted", StringComparison.Ordinal) ? "has the wrong type" : "is not valid JSON",
            _ when type == typeof(int) || type == typeof(long) => "must be a whole number",
            _ when type == typeof(bool) => "must be true or false",
            _ when type == typeof(DateOnly) => "must be a date as \"yyyy-MM-dd\"",
            _ when type == typeof(string) => "must be a string",
            _ when type.IsEnum => $"must be one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) => "must be an array",
            _ => "has the wrong type",
        };
        // A path ending inside an array ("anecdoteIds[1]") names the element, and the element wants what the array holds.
        if (path.Contains('[', StringComparison.Ordinal) && type is { IsGenericType: true } list && list.GetGenericArguments()[0] == typeof(int)) wanted = "must be a whole number";
        return (path, wanted + where + ".");
    }

    private static ValueTask WriteAsync(HttpContext http, ProblemDetails problem)
    {
        http.Response.StatusCode = problem.Status!.Value;
        return http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
    }
}
