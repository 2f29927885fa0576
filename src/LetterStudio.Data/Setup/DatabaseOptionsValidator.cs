using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Setup;

/// <summary>Refuses a wrong provider or connection string at start, naming the setting.</summary>
internal sealed class DatabaseOptionsValidator(IOptions<StudioOptions> studio) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        try
        {
            DatabaseConnection.Resolve(options, studio.Value);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
    }
}
