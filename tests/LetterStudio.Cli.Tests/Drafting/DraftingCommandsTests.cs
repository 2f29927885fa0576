using System.Text.RegularExpressions;

namespace LetterStudio.Cli.Tests.Drafting;

public sealed partial class DraftingCommandsTests
{
    [Test]
    public async Task Templates_lists_every_occasion_with_its_length_and_template_file()
    {
        using var cli = new CliSession();

        var result = await cli.RunAsync("templates");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("8 occasion(s)."));
        Assert.That(result.Stdout, Does.Contain("anniversary").And.Contain("love-letter").And.Contain("just-because").And.Contain("120-450"));
    }

    [Test]
    public async Task Draft_with_the_offline_composer_prints_the_letter_and_its_checks_and_moves_the_order_to_drafting()
    {
        using var cli = await CliSession.SeededAsync();
        var id = await cli.FirstOrderIdAsync("Assigned");

        var result = await cli.RunAsync("draft", id, "--model", "offline", "--as", "ops@studio");
        var show = await cli.RunAsync("orders", "show", id);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain($"Order {id} drafted by offline-composer (template-based, no language model); the order is being drafted (Drafting)."));
        Assert.That(result.Stdout, Does.Contain("My dearest Mum,").And.Contain("All my love,\nEllie"));
        Assert.That(result.Stdout, Does.Contain("--- checks passed;"));
        Assert.That(show.Stdout, Does.Contain("Assigned -> Drafting by ops@studio: First draft by offline-composer").And.Contain("Letter (revision 1):"));
    }

    [Test]
    public async Task Draft_with_several_candidates_stores_each_and_marks_the_current_one()
    {
        using var cli = await CliSession.SeededAsync();
        var id = await cli.FirstOrderIdAsync("Assigned");

        var result = await cli.RunAsync("draft", id, "--model", "offline", "--candidates", "3");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(Regex.Matches(result.Stdout, @"--- revision \d, candidate \d of 3"), Has.Count.EqualTo(3));
        Assert.That(Regex.Matches(result.Stdout, "of 3, current ---"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Draft_with_openai_but_no_key_uses_the_offline_composer_and_says_so()
    {
        using var cli = await CliSession.SeededAsync();
        var id = await cli.FirstOrderIdAsync("Assigned");

        var result = await cli.RunAsync(["draft", id, "--model", "openai"], new() { ["OPENAI_API_KEY"] = "", ["Drafting__OpenAI__ApiKey"] = "" });

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain("Note: No OpenAI API key is set"));
    }

    [Test]
    public async Task Draft_with_openai_talks_to_the_configured_compatible_server()
    {
        using var cli = await CliSession.SeededAsync();
        var id = await cli.FirstOrderIdAsync("Assigned");
        using var server = new ChatCompletionsStub(200, ChatCompletionsStub.Letter("My dearest Mum,",
            ["Eighty years, and you still bake better bread than anyone in Whitby.", "Thank you for the Saturday mornings and for always turning up."],
            "All my love,", "Ellie"));

        var result = await cli.RunAsync(["draft", id, "--model", "openai"], new()
        {
            ["OPENAI_API_KEY"] = "sk-cli-test", ["Drafting__OpenAI__BaseUrl"] = server.BaseUrl, ["Drafting__OpenAI__Model"] = "gpt-cli",
        });

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Contain($"Order {id} drafted by openai:gpt-cli").And.Contain("Tokens: 2,700 tokens in, 900 out."));
        Assert.That(result.Stdout, Does.Contain("Eighty years, and you still bake better bread"));
        // The critique-and-revise pass is on by default: the draft, the model's critique of it, and the revision.
        Assert.That(server.Requests, Is.EqualTo(3));
    }

    [Test]
    public async Task A_failing_model_server_is_reported_in_one_line_and_the_order_stays_as_it_was()
    {
        using var cli = await CliSession.SeededAsync();
        var id = await cli.FirstOrderIdAsync("Assigned");
        using var server = new ChatCompletionsStub(500, "");

        var result = await cli.RunAsync(["draft", id, "--model", "openai"], new()
        {
            ["OPENAI_API_KEY"] = "sk-cli-test", ["Drafting__OpenAI__BaseUrl"] = server.BaseUrl, ["Drafting__OpenAI__MaxRetries"] = "0",
        });
        var show = await cli.RunAsync("orders", "show", id);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("error: The model server at http://127.0.0.1:").And.Contain("failed (HTTP 500)").And.Contain("nothing else changed."));
        Assert.That(show.Stdout, Does.Contain("Status:    assigned to a writer (Assigned)"));
    }

    [Test]
    public async Task Drafting_an_order_that_is_not_assigned_is_refused_with_the_moves_it_can_make()
    {
        using var cli = await CliSession.SeededAsync();
        var id = await cli.FirstOrderIdAsync("Received");

        var result = await cli.RunAsync("draft", id);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr.Trim(), Is.EqualTo($"error: Order {id} is received (Received) and cannot move to Drafting: it can move to Assigned or Cancelled."));
    }

    [Test]
    public async Task Drafting_an_unknown_order_says_so()
    {
        using var cli = await CliSession.SeededAsync();

        var result = await cli.RunAsync("draft", "999999", "--model", "offline");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Order 999999 was not found."));
    }

}
