using LetterStudio.Application.Telemetry;
using Microsoft.AspNetCore.Routing.Patterns;

namespace LetterStudio.Web.Features.Operations;

/// <summary>
/// Every request to an order's or a batch's address (/orders/{id}/…, /api/v1/orders/{id}, /print/batches/{id}/…) logs
/// inside a scope with its OrderId or BatchId and the node, so every line the request writes (EF, the use case, an
/// exception) can be found by the order it concerns. Read from the matched route, so a new page under /orders/{id}
/// is covered without a change here.
/// </summary>
public static class RouteLogScope
{
    public static IApplicationBuilder UseRouteLogScope(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("LetterStudio.Requests");
        return app.Use(async (http, next) =>
        {
            if (http.GetEndpoint() is RouteEndpoint { RoutePattern: var pattern })
            {
                var orderId = IdAfter(pattern, http, "orders");
                var batchId = IdAfter(pattern, http, "batches");
                if (orderId is not null || batchId is not null)
                {
                    using (logger.BeginScope(new StudioScope(orderId, batchId)))
                        await next(http);
                    return;
                }
            }
            await next(http);
        });
    }

    /// <summary>The value of the parameter that directly follows the literal segment <paramref name="literal"/>, when it is a number.</summary>
    private static int? IdAfter(RoutePattern pattern, HttpContext http, string literal)
    {
        for (var i = 0; i + 1 < pattern.PathSegments.Count; i++)
        {
            if (pattern.PathSegments[i].Parts is not [RoutePatternLiteralPart { Content: var content }]
                || !content.Equals(literal, StringComparison.OrdinalIgnoreCase)) continue;
            if (pattern.PathSegments[i + 1].Parts is [RoutePatternParameterPart { Name: var name }]
                && int.TryParse(http.GetRouteValue(name)?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var id))
                return id;
        }
        return null;
    }
}
