using System.Text.Json;
using Bunit;
using Decider.Web.Systems;
using Decider.Web.Tests.Wizard;
using Microsoft.AspNetCore.Components.Web;

namespace Decider.Web.Tests.Systems;

public sealed class SystemEditorPageTests : WizardTestContext
{
    private IRenderedComponent<SystemEditorPage> RenderEmpty()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "decider.systemDraft").SetResult(null);
        var cut = Render<SystemEditorPage>();
        cut.WaitForAssertion(() => cut.Find("#new-component"));
        return cut;
    }

    private static void Add(IRenderedComponent<SystemEditorPage> cut, string name)
    {
        cut.Find("#new-component").Change(name);
        cut.Find("form.add-component").Submit();
    }

    [Fact]
    public void ComponentNotAnswered_SaysSoInsteadOfAVerdict()
    {
        var cut = RenderEmpty();
        Add(cut, "Parser");

        Assert.Equal("Not answered yet", cut.Find(".component-verdict").TextContent);
        cut.Find("#q-age input[value=lasting]").Change(true);
        Assert.NotEqual("Not answered yet", cut.Find(".component-verdict").TextContent);
    }

    [Fact]
    public void Add_OpensTheComponentWithItsOwnQuestions_AndTheTeamIsAskedOnceAboveThem()
    {
        var cut = RenderEmpty();
        Add(cut, "File parser");

        Assert.Single(cut.FindAll("#q-reviewers"));
        Assert.Single(cut.FindAll(".component-questions #q-age"));
        Assert.Empty(cut.FindAll(".component-questions #q-reviewers"));
        Assert.Equal("File parser", cut.Find("#component-name-0").GetAttribute("value"));
        Assert.Contains("File parser", cut.Find(".system-aside table.system-map").TextContent);
    }

    [Fact]
    public void Add_WithoutAName_SaysWhatToDo()
    {
        var cut = RenderEmpty();
        Add(cut, " ");

        Assert.Contains("Give the component a name first", cut.Find(".field-error").TextContent);
        Assert.Empty(cut.FindAll(".system-component"));
    }

    [Fact]
    public void AnsweringTheTeamAndAComponent_UpdatesTheMapAndItsSlice()
    {
        var cut = RenderEmpty();
        Add(cut, "Parser");
        cut.Find("#q-age input[value=lasting]").Change(true);
        cut.Find("#q-speed input[value=critical]").Change(true);
        cut.Find("#q-stakes input[value=high]").Change(true);
        cut.Find("#q-reviewers input[value=one]").Change(true);

        Assert.Contains("The component goes to Rust", cut.Find(".system-slice").TextContent);
        Assert.Equal("Test verdict spike", cut.Find(".component-verdict").TextContent);
        Assert.NotEmpty(cut.FindAll(".system-levers li"));
    }

    [Fact]
    public void RenameAndMoveDown_ReorderTheMap_AndEveryChangeIsKeptInTheBrowser()
    {
        var cut = RenderEmpty();
        Add(cut, "Admin");
        Add(cut, "Parser");
        cut.Find("#component-name-0").Change("Admin panel");
        cut.Find("button[aria-label='Move down: Admin panel']").Click();

        var rows = cut.FindAll(".system-aside table.system-map tbody th");
        Assert.Equal(["Parser", "Admin panel"], rows.Select(r => r.TextContent));
        var stored = JSInterop.Invocations.Where(i => i.Identifier == "localStorage.setItem" && (string?)i.Arguments[0] == "decider.systemDraft").Last();
        var draft = JsonSerializer.Deserialize<SystemDraft>((string)stored.Arguments[1]!, JsonSerializerOptions.Web)!;
        Assert.Equal(["Parser", "Admin panel"], draft.Components.Select(c => c.Name));
    }

    [Fact]
    public void KeptDraft_ComesBackWithItsComponentsAndAnswers()
    {
        var draft = new SystemDraft("s1", "Uploads", new() { ["reviewers"] = ["one"] },
            [new ComponentDraft("Admin", []), new ComponentDraft("Parser", new() { ["age"] = ["lasting"] })], 1, DateTimeOffset.UnixEpoch);
        JSInterop.Setup<string?>("localStorage.getItem", "decider.systemDraft").SetResult(JsonSerializer.Serialize(draft, JsonSerializerOptions.Web));

        var cut = Render<SystemEditorPage>();

        cut.WaitForAssertion(() => Assert.Equal("Uploads", cut.Find("#system-name").GetAttribute("value")));
        Assert.Equal(2, cut.FindAll(".system-component").Count);
        Assert.True(cut.Find("#q-reviewers input[value=one]").HasAttribute("checked"));
        Assert.True(cut.Find(".component-questions #q-age input[value=lasting]").HasAttribute("checked"));
    }

    [Fact]
    public void NumberKeyOnTheTeamsLastQuestion_MovesOnToTheNewComponentsName()
    {
        var cut = RenderEmpty();
        cut.Find("#q-reviewers").KeyDown(new KeyboardEventArgs { Key = "2" });

        Assert.True(cut.Find("#q-reviewers input[value=one]").HasAttribute("checked"));
        cut.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier == "Blazor._internal.domWrapper.focus"));
    }

    [Fact]
    public void Save_WithoutANameOrComponents_SaysWhatIsMissing()
    {
        var cut = RenderEmpty();
        cut.FindAll("button").Single(b => b.TextContent.Contains("Save and share the system", StringComparison.Ordinal)).Click();

        var error = cut.Find(".save-panel .field-error").TextContent;
        Assert.Contains("The system name is required: name the system", error);
        Assert.Contains("Add at least one component before saving.", error);
        Assert.Equal("true", cut.Find("#system-name").GetAttribute("aria-invalid"));

        cut.Find("#system-name").Change("Uploads");
        Add(cut, "Parser");
        Assert.Empty(cut.FindAll(".save-panel .field-error"));
        Assert.Null(cut.Find("#system-name").GetAttribute("aria-invalid"));
    }
}
