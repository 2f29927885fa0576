using System.CommandLine;
using LetterStudio.Application.Customers;
using LetterStudio.Application.Orders;
using LetterStudio.Cli.Hosting;
using LetterStudio.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LetterStudio.Cli.ApiKeys;

/// <summary>`letterstudio apikeys create|list|revoke`: API keys for a business customer, named by email.</summary>
internal static class ApiKeyCommands
{
    public static Command Create(CliHost cli)
    {
        var customer = new Option<string>("--customer") { Description = "The customer's email.", Required = true };

        var name = new Option<string>("--name") { Description = "What the key is for (\"shop integration\").", Required = true };
        var test = new Option<bool>("--test") { Description = "A test key: the whole flow, but never printed." };
        var create = new Command("create", "Make a key; its secret is printed once and never stored.") { customer, name, test };
        create.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var id = await CustomerIdAsync(sp, parse.GetValue(customer)!, token);
            var (key, secret) = await sp.GetRequiredService<LetterStudio.Application.Customers.CreateApiKey>().HandleAsync(id, parse.GetValue(name)!, parse.GetValue(test), ct: token);
            parse.Out().WriteLine($"Key {key.Id} ({(key.TestMode ? "test" : "live")}) for {parse.GetValue(customer)}:");
            parse.Out().WriteLine(secret);
            parse.Out().WriteLine("Send it in the X-Api-Key header. It is shown only now; keep it somewhere safe.");
            return ExitCodes.Ok;
        }, ct)));

        var list = new Command("list", "The customer's keys (prefix, mode, state).") { customer };
        list.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var id = await CustomerIdAsync(sp, parse.GetValue(customer)!, token);
            foreach (var k in await sp.GetRequiredService<LetterStudio.Application.Customers.ApiKeys>().ListAsync(id, token))
                parse.Out().WriteLine($"{k.Id}\t{k.Prefix}…\t{(k.TestMode ? "test" : "live")}\t{(k.IsActive ? "active" : $"revoked {k.RevokedAt:yyyy-MM-dd}")}\t{k.Name}");
            return ExitCodes.Ok;
        }, ct)));

        var keyId = new Argument<int>("KEY_ID") { Description = "The key's id, from `apikeys list`." };
        var revoke = new Command("revoke", "Revoke a key at once.") { customer, keyId };
        revoke.SetAction((parse, ct) => CliErrors.GuardAsync(parse, () => cli.WithDatabaseAsync(parse, async (sp, token) =>
        {
            var id = await CustomerIdAsync(sp, parse.GetValue(customer)!, token);
            await sp.GetRequiredService<LetterStudio.Application.Customers.RevokeApiKey>().HandleAsync(id, parse.GetValue(keyId), ct: token);
            parse.Out().WriteLine($"Key {parse.GetValue(keyId)} is revoked.");
            return ExitCodes.Ok;
        }, ct)));

        return new Command("apikeys", "API keys for business customers.") { create, list, revoke };
    }

    private static async Task<int> CustomerIdAsync(IServiceProvider sp, string email, CancellationToken ct) =>
        await sp.GetRequiredService<LetterStudioDbContext>().Customers.Where(c => c.Email == email.Trim()).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Customer", email);
}
