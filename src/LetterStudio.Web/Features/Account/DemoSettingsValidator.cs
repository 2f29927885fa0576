using LetterStudio.Data.Setup;
using Microsoft.Extensions.Options;

namespace LetterStudio.Web.Features.Account;

/// <summary>
/// No default credentials outside Development: the demo seed and its documented password stop the start there unless
/// <see cref="StudioOptions.AllowDemoOutsideDevelopment"/> asks for them on purpose.
/// </summary>
// Hung on DatabaseOptions (whose own validator already reads StudioOptions), so the two settings meet without a cycle.
internal sealed class DemoSettingsValidator(IHostEnvironment environment, IOptions<StudioOptions> studio) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions database)
    {
        var options = studio.Value;
        if (environment.IsDevelopment() || options.AllowDemoOutsideDevelopment) return ValidateOptionsResult.Success;
        if (!string.IsNullOrEmpty(options.DemoPassword))
            return ValidateOptionsResult.Fail($"Studio:DemoPassword is set in the {environment.EnvironmentName} environment: anyone who read the README could sign in. Remove it, or set Studio:AllowDemoOutsideDevelopment=true for a demonstration server.");
        if (database.SeedDemo)
            return ValidateOptionsResult.Fail($"Database:SeedDemo is on in the {environment.EnvironmentName} environment. Turn it off, or set Studio:AllowDemoOutsideDevelopment=true for a demonstration server.");
        return ValidateOptionsResult.Success;
    }
}
