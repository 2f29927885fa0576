using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace LetterStudio.Cli.Tests.Letters;

/// <summary>`letterstudio letters approve` in process, on a copy of a studio made by `db migrate` and `db seed` (real SQLite).</summary>
public partial class LettersCommandsTests
{
    private const string Writer = "writer@letterstudio.test";

    [Test]
    public async Task Approve_renders_the_draft_in_the_chosen_hand_stores_the_pdf_and_moves_the_order_to_rendered()
    {
        using var cli = await CliSession.SeededAsync();
        // The anniversary letter: the only seeded order whose customer left approval to the studio.
        var id = await cli.FirstOrderIdAsync("Received");
        Assert.That((await cli.RunAsync("orders", "advance", id, "--to", "Assigned", "--as", Writer)).ExitCode, Is.Zero);
        var draft = await cli.RunAsync("draft", id, "--model", "offline", "--as", Writer);
        Assert.That(draft.ExitCode, Is.Zero, draft.ToString());
        var salutation = SalutationOf((await cli.RunAsync("orders", "show", id)).Stdout);

        var result = await cli.RunAsync("letters", "approve", id, "--font", "caveat", "--as", Writer);
        var show = await cli.RunAsync("orders", "show", id);

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Stdout, Does.Match($@"Order {id} \(LS-\d{{6}}\) approved and rendered in caveat: a \d+-page PDF, stored as document \d+\."));
        Assert.That(result.Stdout, Does.Contain($"Order {id} is now written out (Rendered)."));
        Assert.That(show.Stdout, Does.Contain("Status:    written out (Rendered)"));
        Assert.That(show.Stdout, Does.Contain($"In review -> Approved by {Writer}: Approved revision 1")
            .And.Contain($"Approved -> Written out by {Writer}: Rendered as a"));
        var documents = StoredDocuments(cli, id);
        Assert.That(documents, Has.Count.EqualTo(1));
        Assert.That(documents[0].Settings, Does.Contain("\"font\":\"caveat\""));
        Assert.That(PdfToText(documents[0].Pdf), Does.Contain(salutation));
    }

    [Test]
    public async Task Approve_refuses_an_order_whose_customer_asked_to_see_a_proof_and_stores_nothing()
    {
        using var cli = await CliSession.SeededAsync();
        var id = await cli.FirstOrderIdAsync("Drafting");

        var result = await cli.RunAsync("letters", "approve", id, "--as", Writer);
        var show = await cli.RunAsync("orders", "show", id);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("the customer asked to see a proof of LS-").And.Contain("send it, and they approve it."));
        Assert.That(show.Stdout, Does.Contain("Status:    being drafted (Drafting)"));
        Assert.That(StoredDocuments(cli, id), Is.Empty);
    }

    [Test]
    public async Task Approve_of_an_order_that_does_not_exist_says_so()
    {
        using var cli = await CliSession.SeededAsync();

        var result = await cli.RunAsync("letters", "approve", "9999");

        Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
        Assert.That(result.Stderr.Trim(), Is.EqualTo("error: Order 9999 was not found."));
    }

    /// <summary>The first line of the stored letter, as `orders show` prints it.</summary>
    private static string SalutationOf(string show)
    {
        var lines = show.Split('\n');
        var at = Array.FindIndex(lines, l => l.StartsWith("Letter (revision 1):", StringComparison.Ordinal));
        Assert.That(at, Is.GreaterThanOrEqualTo(0), show);
        return lines[at + 1].Trim();
    }

    private static List<(byte[] Pdf, string Settings)> StoredDocuments(CliSession cli, string orderId)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(cli.DataFolder, "letterstudio.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT d.Pdf, d.RenderSettingsJson FROM LetterDocuments d JOIN Letters l ON l.Id = d.LetterId WHERE l.OrderId = $id";
        command.Parameters.AddWithValue("$id", int.Parse(orderId, System.Globalization.CultureInfo.InvariantCulture));
        using var reader = command.ExecuteReader();
        var documents = new List<(byte[] Pdf, string Settings)>();
        while (reader.Read()) documents.Add(((byte[])reader[0], reader.GetString(1)));
        return documents;
    }

    private static string PdfToText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"letterstudio-approve-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return string.Join(' ', text.Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }

}
