using System.CommandLine;
using LetterStudio.Application.Orders;
using LetterStudio.Data;
using LetterStudio.Domain.Common;
using LetterStudio.Domain.Orders;
using Microsoft.Extensions.Options;

namespace LetterStudio.Cli.Hosting;

/// <summary>Turns the studio's refusals into one line on stderr and an exit code, instead of a stack trace.</summary>
internal static class CliErrors
{
    public static async Task<int> GuardAsync(ParseResult parse, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (OptionsValidationException ex)
        {
            return Fail(parse, string.Join(" ", ex.Failures), ExitCodes.NotReady);
        }
        catch (DomainValidationException ex)
        {
            return Fail(parse, ex.Message, ExitCodes.Refused);
        }
        catch (IllegalTransitionException ex)
        {
            return Fail(parse, ex.Message, ExitCodes.Refused);
        }
        catch (ConcurrencyConflictException ex)
        {
            return Fail(parse, ex.Message, ExitCodes.Refused);
        }
        catch (NotFoundException ex)
        {
            return Fail(parse, ex.Message, ExitCodes.NotFound);
        }
    }

    public static int Fail(ParseResult parse, string message, int code)
    {
        parse.Error().WriteLine($"error: {message}");
        return code;
    }
}
