namespace LetterStudio.Web.Tests.Browser;

/// <summary>One studio and one Chromium per test class; the tests in it share them, one at a time.</summary>
[NonParallelizable]
[Category("Browser")]
public abstract class BrowserTests
{
    protected BrowserStudio Studio { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartBrowserStudio() => Studio = await BrowserStudio.StartAsync();

    [OneTimeTearDown]
    public async Task StopBrowserStudio()
    {
        if (Studio is not null) await Studio.DisposeAsync();
    }
}
