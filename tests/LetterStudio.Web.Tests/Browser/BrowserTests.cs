namespace LetterStudio.Web.Tests.Browser;

/// <summary>
/// One studio per test class on the run's one Chromium; the tests in a class share the studio, one at a time. A class
/// runs beside any fixture that is not a browser one (its studio has a port, data folder and database of its own, and
/// each test its own browser context), but only one browser class runs at a time: two at once, each driving Blazor
/// circuits and rendering pages, on a 2-core machine under another build, took a sign-in past Playwright's 30 s.
/// </summary>
[Category("Browser")]
public abstract class BrowserTests
{
    private static readonly SemaphoreSlim OneBrowserClassAtATime = new(1, 1);
    private bool holdsTurn;

    protected BrowserStudio Studio { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartBrowserStudio()
    {
        await OneBrowserClassAtATime.WaitAsync();
        holdsTurn = true;
        try
        {
            Studio = await BrowserStudio.StartAsync();
        }
        catch
        {
            // NUnit may not run the teardown of a class whose set-up failed (or was ignored): give the turn back here.
            holdsTurn = false;
            OneBrowserClassAtATime.Release();
            throw;
        }
    }

    [OneTimeTearDown]
    public async Task StopBrowserStudio()
    {
        try
        {
            if (Studio is not null) await Studio.DisposeAsync();
        }
        finally
        {
            if (holdsTurn) OneBrowserClassAtATime.Release();
            holdsTurn = false;
        }
    }
}
