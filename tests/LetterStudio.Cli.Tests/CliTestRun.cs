namespace LetterStudio.Cli.Tests;

/// <summary>Once per test run: removes the seeded studio the in-process sessions were copied from.</summary>
[SetUpFixture]
public sealed class CliTestRun
{
    [OneTimeTearDown]
    public Task DeleteTemplate() => CliSession.DeleteTemplateAsync();
}
