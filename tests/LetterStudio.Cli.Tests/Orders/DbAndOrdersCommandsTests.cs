using System.Text.RegularExpressions;

namespace LetterStudio.Cli.Tests.Orders;

public partial class DbAndOrdersCommandsTests
{
    private CliSession cli = null!;

    [OneTimeSetUp]
    public async Task Seed() => cli = await CliSession.SeededAsync();

    [OneTimeTearDown]
    public void Clean() => cli.Dispose();

    [Test]
    public async Task Migrate_and_seed_make_a_studio_and_seeding_again_adds_nothing()
    {
        using var fresh = new CliSession();

        var migrate = await fresh.RunAsync("db", "migrate");
        var seed = await fresh.RunAsync("db", "seed");
        var again = await fresh.RunAsync("db", "seed");

        Assert.That(migrate.Stdout, Does.Contain("The Sqlite database is up to date."));
        Assert.That(seed.Stdout, Does.Contain("Seeded the demo studio."));
        Assert.That(again.Stdout, Does.Contain("nothing was seeded"));
        Assert.That(File.Exists(Path.Combine(fresh.DataFolder, "letterstudio.db")), Is.True);
    }

    [Test]
    public async Task Orders_list_shows_every_seeded_order()
    {
        var result = await cli.RunAsync("orders", "list");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("6 order(s)."));
        Assert.That(result.Stdout, Does.Contain("Drafting").And.Contain("Cancelled"));
    }

    [Test]
    public async Task Orders_list_filters_by_status()
    {
        var result = await cli.RunAsync("orders", "list", "--status", "Drafting");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("1 order(s)."));
        Assert.That(result.Stdout, Does.Not.Contain("Received"));
    }

    [Test]
    public async Task Orders_show_prints_brief_anecdotes_history_and_letter()
    {
        var id = await IdInStatusAsync("Drafting");

        var result = await cli.RunAsync("orders", "show", id.ToString());

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain($"Order {id} (LS-{id:D6}): Love letter for Priya Raman"));
        Assert.That(result.Stdout, Does.Contain("Dog Mountain"));
        Assert.That(result.Stdout, Does.Contain("Assigned -> Drafting by writer@letterstudio.test: Started the first draft"));
        Assert.That(result.Stdout, Does.Contain("Letter (revision 1):"));
    }

    [Test]
    public async Task Orders_advance_moves_an_order_and_records_who_and_why()
    {
        using var own = await CliSession.SeededAsync();
        var id = await IdInStatusAsync("InReview", own);

        var result = await own.RunAsync("orders", "advance", id.ToString(), "--to", "Drafting", "--why", "Customer wants Cornwall in it", "--as", "ops@studio");
        var show = await own.RunAsync("orders", "show", id.ToString());

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain($"Order {id} is now being drafted (Drafting)."));
        Assert.That(show.Stdout, Does.Contain("In review -> Drafting by ops@studio: Customer wants Cornwall in it"));
    }

    [Test]
    public async Task An_illegal_move_is_refused_with_the_allowed_ones_and_a_non_zero_exit()
    {
        var id = await IdInStatusAsync("Received");

        var result = await cli.RunAsync("orders", "advance", id.ToString(), "--to", "Mailed", "--why", "skip ahead");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr.Trim(), Is.EqualTo($"error: Order {id} is received (Received) and cannot move to Mailed: it can move to Assigned or Cancelled."));
    }

    [Test]
    public async Task Showing_an_unknown_order_says_so()
    {
        var result = await cli.RunAsync("orders", "show", "999999");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Order 999999 was not found."));
    }

    [Test]
    public async Task Commands_on_an_unmigrated_database_say_to_migrate_first()
    {
        using var fresh = new CliSession();

        var result = await fresh.RunAsync("orders", "list");

        Assert.That(result.ExitCode, Is.EqualTo(4), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Run `letterstudio db migrate` first."));
    }

    [Test]
    public async Task A_wrong_provider_setting_is_named_in_one_line()
    {
        var result = await cli.RunAsync(["orders", "list"], new() { ["Database__Provider"] = "Mongo" });

        Assert.That(result.ExitCode, Is.EqualTo(4), result.ToString());
        Assert.That(result.Stderr.Trim(), Is.EqualTo("error: Database:Provider 'Mongo' is not a provider LetterStudio knows; use Sqlite, SqlServer or Postgres."));
    }

    private async Task<int> IdInStatusAsync(string status, CliSession? session = null)
    {
        var list = await (session ?? cli).RunAsync("orders", "list", "--status", status);
        var match = FirstId().Match(list.Stdout);
        Assert.That(match.Success, Is.True, list.ToString());
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"│\s*(\d+)\s*│")]
    private static partial Regex FirstId();
}
