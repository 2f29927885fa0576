using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Api;

/// <summary>ASP.NET Core's rate limiter, one token bucket per API key on the app's TimeProvider; a refusal is a 429 with Retry-After.</summary>
public static class ApiRateLimiting
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<ApiRateLimitOptions>().BindConfiguration(ApiRateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ApiRateLimitOptions.PolicyName, http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
                // Keyed by the API key (the authorisation step has already authenticated it).
                var partition = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
                // On the app's clock, so a test can refill the bucket by moving a FakeTimeProvider rather than by waiting.
                var time = http.RequestServices.GetRequiredService<TimeProvider>();
                return RateLimitPartition.Get(partition, _ => new ClockedTokenBucket(limits.Burst, limits.PermitsPerSecond, TimeSpan.FromSeconds(1), time));
            });
            o.OnRejected = async (context, ct) =>
            {
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 1;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = $"This API key is over its rate limit; retry after {seconds} second(s)." },
                });
            };
        });
        return services;
    }
}
