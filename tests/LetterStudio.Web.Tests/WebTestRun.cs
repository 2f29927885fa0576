namespace LetterStudio.Web.Tests;

/// <summary>Once per test run: stops the studio the others' databases were copied from, and the browser tests' Chromium.</summary>
[SetUpFixture]
public sealed class WebTestRun
{
    [OneTimeTearDown]
    public async Task StopTemplate()
    {
        await Browser.BrowserStudio.StopChromiumAsync();
        await StudioTemplate.DisposeAsync();
    }
}
