using System.Text.Json;
using Bunit;
using Decider.Web.Wizard;

namespace Decider.Web.Tests.Wizard;

public sealed class WizardPageTests : WizardTestContext
{
    [Fact]
    public void Render_SavedDraft_ComesBackAtItsStepWithItsAnswers()
    {
        var draft = new Draft("d1", 1, new() { ["lifespan"] = ["long-lived"], ["performance"] = ["primary"], ["performance-needs"] = ["memory"] }, DateTimeOffset.UnixEpoch);
        JSInterop.Setup<string?>("localStorage.getItem", "decider.currentDraft").SetResult("d1");
        JSInterop.Setup<string?>("localStorage.getItem", "decider.draft.d1").SetResult(JsonSerializer.Serialize(draft, JsonSerializerOptions.Web));

        var cut = Render<WizardPage>();

        cut.WaitForAssertion(() => Assert.Equal("Performance", cut.Find("h1").TextContent));
        Assert.True(cut.Find("#q-performance input[value=primary]").HasAttribute("checked"));
        Assert.True(cut.Find("#q-performance-needs input[value=memory]").HasAttribute("checked"));
    }

    [Fact]
    public void Change_PerformanceNotPrimary_RemovesTheConditionalQuestion()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "decider.currentDraft").SetResult(null);
        var cut = Render<WizardPage>();
        cut.WaitForAssertion(() => cut.Find("nav.steps"));
        cut.FindAll("button.step")[1].Click();

        cut.Find("#q-performance input[value=primary]").Change(true);
        Assert.NotEmpty(cut.FindAll("#q-performance-needs"));

        cut.Find("#q-performance input[value=not-primary]").Change(true);
        Assert.Empty(cut.FindAll("#q-performance-needs"));
    }

    [Fact]
    public void Change_Answer_SavesTheDraftToTheBrowser()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "decider.currentDraft").SetResult(null);
        var cut = Render<WizardPage>();
        cut.WaitForAssertion(() => cut.Find("#q-lifespan"));

        cut.Find("#q-lifespan input[value=growing]").Change(true);

        var saved = JSInterop.Invocations["localStorage.setItem"].Last(i => ((string)i.Arguments[0]!).StartsWith("decider.draft.", StringComparison.Ordinal));
        var draft = JsonSerializer.Deserialize<Draft>((string)saved.Arguments[1]!, JsonSerializerOptions.Web)!;
        Assert.Equal(["growing"], draft.Answers["lifespan"]);
    }

    [Fact]
    public void Render_EveryAnswer_UpdatesTheLiveResultPanel()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "decider.currentDraft").SetResult(null);
        var cut = Render<WizardPage>();
        cut.WaitForAssertion(() => cut.Find("#q-lifespan"));
        Assert.Contains("18 questions still open", cut.Find(".result-panel").TextContent);

        cut.Find("#q-lifespan input[value=prototype]").Change(true);

        Assert.Contains("17 questions still open", cut.Find(".result-panel").TextContent);
        Assert.Contains("Stay with the current stack", cut.Find(".result-panel").TextContent);
    }
}
