using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Account;

/// <summary>
/// Outside Development, the studio needs its public address for mail links and a real list of host names in
/// <c>AllowedHosts</c>: both stop the start when missing, rather than a forged Host header reaching a reset link.
/// </summary>
internal sealed class PublicUrlOptionsValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<PublicUrlOptions>
{
    public ValidateOptionsResult Validate(string? name, PublicUrlOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
                failures.Add($"Studio:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http(s) address without query, fragment or user name, e.g. https://studio.example.com.");
        }
        else if (!environment.IsDevelopment())
            failures.Add("Studio:PublicBaseUrl is required outside Development: the address people reach the studio at (e.g. https://studio.example.com), used for every link in mail.");

        if (!environment.IsDevelopment())
        {
            var hosts = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (hosts.Length == 0 || hosts.Contains("*"))
                failures.Add("AllowedHosts must list the studio's host names outside Development (e.g. studio.example.com), not '*'.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
