using Microsoft.Playwright;

// Opens wizard sessions in Debian's Chromium and keeps them open, so bench/load/sessions.sh can read the server's
// resident memory with a known number of live circuits. Each session answers the first question, as a person
// starting the wizard would, so its circuit holds a draft and not only the first render.
// Reads commands from stdin: "open N" opens N more sessions and prints "open TOTAL" once all are interactive;
// end of input closes the browser.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Decider.SessionLoad BASE_URL   (then 'open N' lines on stdin)");
    return 2;
}
var baseUrl = args[0].TrimEnd('/');

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    // One renderer per page would need tens of GB for a few hundred pages; the server side is what is measured.
    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--renderer-process-limit=6", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-renderer-backgrounding", "--disable-background-timer-throttling"],
});

var pages = new List<IPage>();
while (Console.ReadLine() is { } line)
{
    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    if (parts is not ["open", var text] || !int.TryParse(text, out var count) || count < 1)
    {
        Console.Error.WriteLine($"unknown command '{line}'; expected 'open N'");
        continue;
    }
    for (var opened = 0; opened < count; opened += 4)
    {
        var batch = Enumerable.Range(0, Math.Min(4, count - opened)).Select(_ => OpenSessionAsync(browser));
        pages.AddRange(await Task.WhenAll(batch));
    }
    Console.WriteLine($"open {pages.Count}");
}
return 0;

async Task<IPage> OpenSessionAsync(IBrowser browser)
{
    // A context per session: its own local storage, so each one is a new person with no saved draft.
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
    var page = await context.NewPageAsync();
    page.SetDefaultTimeout(120_000);
    await page.GotoAsync(baseUrl + "/");
    await page.Locator("[data-interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
    await page.Locator("fieldset.question input").First.CheckAsync();
    await page.WaitForFunctionAsync("() => localStorage.getItem('decider.currentDraft') !== null");
    return page;
}
