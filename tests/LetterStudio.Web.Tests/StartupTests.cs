using LetterStudio.TestSupport;

namespace LetterStudio.Web.Tests;

public class StartupTests
{
    private static Task<ProcessRunner.Result> RunWebAsync(Dictionary<string, string?> env) =>
        ProcessRunner.RunDllAsync(ProcessRunner.FindBuiltDll("LetterStudio.Web", "LetterStudio.Web.dll"), ["--urls", "http://127.0.0.1:0"], env, TimeSpan.FromMinutes(1));

    [Test]
    public async Task An_unknown_database_provider_stops_the_app_with_one_line_naming_the_setting()
    {
        var result = await RunWebAsync(new() { ["Database__Provider"] = "Oracle", ["Studio__DataFolder"] = TempFolder.Create("web-bad") });

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr.Trim().Split('\n'), Has.Length.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Database:Provider 'Oracle'"));
    }

    [Test]
    public async Task An_unwritable_data_folder_stops_the_app_naming_the_setting()
    {
        var blocker = Path.Combine(TempFolder.Create("web-bad"), "file");
        await File.WriteAllTextAsync(blocker, "");

        var result = await RunWebAsync(new() { ["Studio__DataFolder"] = Path.Combine(blocker, "data") });

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Studio:DataFolder").And.Contain("not writable"));
    }

    [Test]
    public async Task A_bad_connection_string_stops_the_app_naming_the_setting()
    {
        var result = await RunWebAsync(new() { ["Database__ConnectionString"] = "Data Sauce=oops", ["Studio__DataFolder"] = TempFolder.Create("web-bad") });

        Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
        Assert.That(result.Stderr, Does.Contain("Database:ConnectionString"));
    }
}
