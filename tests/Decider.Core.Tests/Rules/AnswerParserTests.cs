using Decider.Core.Rules;

namespace Decider.Core.Tests.Rules;

public sealed class AnswerParserTests
{
    private static ParsedAnswers Parse(params (string Question, GivenAnswer? Answer)[] given) =>
        AnswerParser.Parse(ShippedContent.Content, given.Select(g => KeyValuePair.Create(g.Question, g.Answer)));

    [Fact]
    public void Parse_MultiChoiceInAnyOrderWithRepeats_GivesOneCanonicalForm()
    {
        var a = Parse(("performance-needs", GivenAnswer.List(["memory", "p99-latency", "memory"])));
        var b = Parse(("performance-needs", GivenAnswer.List(["p99-latency", "memory"])));

        Assert.True(a.IsValid);
        Assert.Equal<string>(["p99-latency", "memory"], a.Answers.Get("performance-needs")!.Value);
        Assert.Equal<string>(a.Answers.Get("performance-needs")!.Value, b.Answers.Get("performance-needs")!.Value);
    }

    [Fact]
    public void Parse_NoneOfTheseAndDontKnow_AreDifferentAnswers()
    {
        var none = Parse(("performance-needs", GivenAnswer.List([])));
        var unknown = Parse(("performance-needs", null));

        Assert.True(none.Answers.IsAnswered("performance-needs"));
        Assert.Empty(none.Answers.Get("performance-needs")!.Value);
        Assert.False(unknown.Answers.IsAnswered("performance-needs"));
        Assert.True(unknown.IsValid);
    }

    [Fact]
    public void Parse_WrongAnswers_AreErrorsByQuestionWhileTheRestAreKept()
    {
        var parsed = Parse(
            ("scale", GivenAnswer.One("huge")),
            ("scael", GivenAnswer.One("small")),
            ("lifespan", GivenAnswer.List(["prototype"])),
            ("performance-needs", GivenAnswer.One("memory")),
            ("deadline", GivenAnswer.Unreadable),
            ("hiring", GivenAnswer.One("train")));

        Assert.Equal(["scale", "scael", "lifespan", "performance-needs", "deadline"], parsed.Errors.Select(e => e.QuestionId));
        var messages = parsed.Errors.Select(e => e.Message).ToList();
        Assert.StartsWith("'huge' is not an option of 'scale'; its options: small, medium, large", messages[0]);
        Assert.StartsWith("unknown question 'scael'", messages[1]);
        Assert.StartsWith("'lifespan' takes one option id as a string, not an array", messages[2]);
        Assert.StartsWith("'performance-needs' takes an array of option ids, not a string", messages[3]);
        Assert.StartsWith("'deadline' takes one option id as a string", messages[4]);
        Assert.Equal(["hiring"], parsed.Answers.Values.Keys);
    }
}
