using Decider.Core.Content.Loading;
using Decider.Core.Tests.Rules;
using Microsoft.Playwright;

namespace Decider.Web.BrowserTests;

/// <summary>
/// Every step and the result at desktop and phone width, saved as PNGs to look at, and checked for the
/// one layout fault a machine can see: content wider than the screen. On the shipped content, whose long labels
/// and eighteen-option question are what the layout has to hold.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ScreenshotTests(BrowserApp app)
{
    [Theory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("phone", 390, 844)]
    public async Task EveryStep_FitsTheScreenWidth(string device, int width, int height)
    {
        var content = Decider.Web.Content.ContentDirectory.Load(Path.Combine(AppContext.BaseDirectory, "content"));
        var scenario = Scenario.Load("public.json").Single(s => s.Name.StartsWith("Upload parser", StringComparison.Ordinal));
        var page = await app.NewPageAsync(width, height);
        var wizard = new WizardDriver(page, content);
        await wizard.OpenAsync(app.ShippedBaseUrl);
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);

        for (var i = 0; i <= content.Steps.Length; i++)
        {
            var name = i < content.Steps.Length ? content.Steps[i].Id : "result";
            if (i < content.Steps.Length)
            {
                await wizard.WaitForStepAsync(content.Steps[i].Title);
                foreach (var id in await wizard.QuestionIdsOnPageAsync())
                {
                    foreach (var option in scenario.Answers.Get(id) ?? [])
                    {
                        await wizard.ClickOptionAsync(id, option);
                    }
                }
            }
            else
            {
                await Assertions.Expect(page.Locator("#result-title")).ToBeVisibleAsync();
            }
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, $"{device}-{i + 1}-{name}.png"), FullPage = true });
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{device} {name}: the page is {overflow}px wider than the screen");
            if (i < content.Steps.Length)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = i == content.Steps.Length - 1 ? "See the result" : "Next" }).ClickAsync();
            }
        }
        await page.Context.CloseAsync();
    }
}
