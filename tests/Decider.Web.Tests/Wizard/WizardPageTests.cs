using System.Text.Json;
using Bunit;
using Decider.Web.Wizard;

namespace Decider.Web.Tests.Wizard;

public sealed class WizardPageTests : WizardTestContext
{
    [Fact]
    public void Render_SavedDraft_ComesBackAtItsStepWithItsAnswers()
    {
        var draft = new Draft("d1", 1, new() { ["age"] = ["lasting"], ["speed"] = ["critical"], ["speed-targets"] = ["memory"], ["reviewers"] = ["one"] }, DateTimeOffset.UnixEpoch);
        JSInterop.Setup<string?>("localStorage.getItem", "decider.currentDraft").SetResult("d1");
        JSInterop.Setup<string?>("localStorage.getItem", "decider.draft.d1").SetResult(JsonSerializer.Serialize(draft, JsonSerializerOptions.Web));

        var cut = Render<WizardPage>();

        cut.WaitForAssertion(() => Assert.Equal("The crew", cut.Find("h1").TextContent));
        Assert.True(cut.Find("#q-reviewers input[value=one]").HasAttribute("checked"));
        cut.FindAll("button.step")[0].Click();
        Assert.True(cut.Find("#q-speed input[value=critical]").HasAttribute("checked"));
        Assert.True(cut.Find("#q-speed-targets input[value=memory]").HasAttribute("checked"));
    }

    [Fact]
    public void Change_SpeedNotCritical_RemovesTheConditionalQuestion()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "decider.currentDraft").SetResult(null);
        var cut = Render<WizardPage>();
        cut.WaitForAssertion(() => cut.Find("nav.steps"));

        cut.Find("#q-speed input[value=critical]").Change(true);
        Assert.NotEmpty(cut.FindAll("#q-speed-targets"));

        cut.Find("#q-speed input[value=nice]").Change(true);
        Assert.Empty(cut.FindAll("#q-speed-targets"));
    }

    [Fact]
    public void Change_Answer_SavesTheDraftToTheBrowser()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "decider.currentDraft").SetResult(null);
        var cut = Render<WizardPage>();
        cut.WaitForAssertion(() => cut.Find("#q-age"));

        cut.Find("#q-age input[value=lasting]").Change(true);

        var saved = JSInterop.Invocations["localStorage.setItem"].Last(i => ((string)i.Arguments[0]!).StartsWith("decider.draft.", StringComparison.Ordinal));
        var draft = JsonSerializer.Deserialize<Draft>((string)saved.Arguments[1]!, JsonSerializerOptions.Web)!;
        Assert.Equal(["lasting"], draft.Answers["age"]);
    }

    [Fact]
    public void Render_EveryAnswer_UpdatesTheLiveResultPanel()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "decider.currentDraft").SetResult(null);
        var cut = Render<WizardPage>();
        cut.WaitForAssertion(() => cut.Find("#q-age"));
        Assert.Contains("6 questions still open", cut.Find(".result-panel").TextContent);

        cut.Find("#q-age input[value=throwaway]").Change(true);

        Assert.Contains("5 questions still open", cut.Find(".result-panel").TextContent);
        Assert.Contains("Test verdict stay", cut.Find(".result-panel").TextContent);
    }
}
