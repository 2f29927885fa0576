namespace LetterStudio.Cli.Tests.ApiKeys;

public class ApiKeyCommandsTests
{
    [Test]
    public async Task A_key_is_made_shown_once_listed_by_prefix_and_revoked()
    {
        using var cli = await CliSession.SeededAsync();

        var created = await cli.RunAsync("apikeys", "create", "--customer", "daniel@example.com", "--name", "crm sync");
        var secret = created.Stdout.Split('\n').Single(l => l.StartsWith("ls_live_", StringComparison.Ordinal)).Trim();
        var listed = await cli.RunAsync("apikeys", "list", "--customer", "daniel@example.com");
        var id = listed.Stdout.Split('\t')[0].Trim();
        var revoked = await cli.RunAsync("apikeys", "revoke", id, "--customer", "daniel@example.com");
        var after = await cli.RunAsync("apikeys", "list", "--customer", "daniel@example.com");

        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        Assert.That(listed.Stdout, Does.Contain(secret[..12] + "…").And.Contain("active").And.Not.Contain(secret[12..]));
        Assert.That(revoked.Stdout, Does.Contain($"Key {id} is revoked."));
        Assert.That(after.Stdout, Does.Contain("revoked"));
    }

    [Test]
    public async Task Another_customers_key_cannot_be_revoked_and_an_unknown_customer_is_named()
    {
        using var cli = await CliSession.SeededAsync();
        await cli.RunAsync("apikeys", "create", "--customer", "daniel@example.com", "--name", "crm");
        var id = (await cli.RunAsync("apikeys", "list", "--customer", "daniel@example.com")).Stdout.Split('\t')[0].Trim();

        var wrongOwner = await cli.RunAsync("apikeys", "revoke", id, "--customer", "sophie@example.com");
        var unknown = await cli.RunAsync("apikeys", "list", "--customer", "nobody@example.com");

        Assert.That(wrongOwner.ExitCode, Is.EqualTo(3), wrongOwner.ToString());
        Assert.That(unknown.Stderr, Does.Contain("Customer nobody@example.com was not found."));
    }
}
