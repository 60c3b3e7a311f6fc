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

    [Theory]
    [InlineData("desktop", 1280, 900)]
    [InlineData("phone", 390, 844)]
    public async Task SystemEditor_FitsTheScreenWidth(string device, int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync($"{app.ShippedBaseUrl}/systems");
        await page.Locator("[data-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("#system-name").FillAsync("Six-person SaaS");
        string[] names = ["Web app", new string('x', 100), "File parser"];
        for (var i = 0; i < names.Length; i++)
        {
            await page.Locator("#new-component").FillAsync(names[i]);
            await page.Locator("#new-component").PressAsync("Enter");
            await Assertions.Expect(page.Locator($"#component-name-{i}")).ToHaveValueAsync(names[i]);
        }
        await page.Locator("#q-workload input[value='parser']").CheckAsync();
        await page.Locator("#q-rust-reviewers input[value='one']").CheckAsync();
        await Assertions.Expect(page.Locator(".system-aside table.system-map tbody tr")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and share the system" }).ClickAsync();
        await Assertions.Expect(page.Locator("#system-delete-token")).ToBeVisibleAsync();
        Directory.CreateDirectory(BrowserApp.ScreenshotDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotDirectory, $"{device}-system-editor.png"), FullPage = true });
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        // Named in the message: the elements whose own content is wider than they are.
        var wide = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible').slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')");
        Assert.True(overflow <= 0, $"{device} system editor: the page is {overflow}px wider than the screen ({wide})");
        await page.Context.CloseAsync();
    }
}
