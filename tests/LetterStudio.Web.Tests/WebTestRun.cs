namespace LetterStudio.Web.Tests;

/// <summary>Once per test run: stops the studio the others' databases were copied from.</summary>
[SetUpFixture]
public sealed class WebTestRun
{
    [OneTimeTearDown]
    public Task StopTemplate() => StudioTemplate.DisposeAsync();
}
