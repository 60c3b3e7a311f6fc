using Decider.Web.Content;

namespace Decider.Web.Tests.Content;

public sealed class CheckContentCommandTests
{
    [Fact]
    public void Run_ShippedContent_SaysValidAndExitsZero()
    {
        using var content = new TempContent();
        var output = new StringWriter();

        var exitCode = CheckContentCommand.Run(content.Directory, output, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Contains("content is valid: 18 questions in 4 steps", output.ToString());
    }

    [Fact]
    public void Run_BrokenContent_PrintsFileLineAndMessageAndExitsOne()
    {
        using var content = new TempContent();
        content.Edit("questions/hiring.md", "when: { hiring: easy }", "when: { hiring: effortless }");
        var error = new StringWriter();

        var exitCode = CheckContentCommand.Run(content.Directory, new StringWriter(), error);

        Assert.Equal(1, exitCode);
        var path = Path.Combine(content.Directory, "questions/hiring.md");
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(path)}:\\d+: rule 'hiring-easy' refers to option 'effortless'", error.ToString());
        Assert.Contains("1 problem(s) found.", error.ToString());
    }
}
