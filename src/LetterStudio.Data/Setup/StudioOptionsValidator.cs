using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Setup;

/// <summary>Refuses a data folder the studio cannot write to at start, rather than at the first order.</summary>
internal sealed class StudioOptionsValidator : IValidateOptions<StudioOptions>
{
    public ValidateOptionsResult Validate(string? name, StudioOptions options)
    {
        string folder;
        try
        {
            folder = options.ResolvedDataFolder;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return ValidateOptionsResult.Fail($"Studio:DataFolder '{options.DataFolder}' is not a valid path: {ex.Message}");
        }
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail($"Studio:DataFolder '{folder}' is not writable: {ex.Message}");
        }
    }
}
