using Microsoft.Extensions.Options;

namespace LetterStudio.Application.Printing;

/// <summary>Checks what DataAnnotations cannot: return address lines and the output folder's path.</summary>
public sealed class PrintingOptionsValidator : IValidateOptions<PrintingOptions>
{
    public ValidateOptionsResult Validate(string? name, PrintingOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.ReturnAddress.Length; i++)
            if (string.IsNullOrWhiteSpace(options.ReturnAddress[i]))
                failures.Add($"Printing:ReturnAddress:{i} is empty; give every line of the return address or remove it.");
        if (options.ReturnAddress.Length > 6) failures.Add("Printing:ReturnAddress has more than 6 lines; an envelope holds at most 6.");
        if (!string.IsNullOrWhiteSpace(options.OutputFolder) && options.OutputFolder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"Printing:OutputFolder '{options.OutputFolder}' is not a valid path.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
