namespace Decider.Web.Shared;

/// <summary>
/// Answers as a draft keeps them in the browser (question id to option ids), read back through the one answer parser.
/// </summary>
public static class DraftAnswers
{
    /// <summary>A key for a set of answers: the same answers give the same key.</summary>
    public static string Key(AnswerSet answers) =>
        string.Join(";", answers.Values.Select(a => $"{a.Key}={string.Join(",", a.Value.Order(StringComparer.Ordinal))}"));

    public static Dictionary<string, string[]> Write(AnswerSet answers) =>
        answers.Values.ToDictionary(a => a.Key, a => a.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The answers today's content accepts. Each one it no longer accepts is left out with a notice on its question,
    /// rather than failing; answers to questions it no longer has are dropped.
    /// </summary>
    public static (AnswerSet Answers, Dictionary<string, string> Notices) Read(DecisionContent content, IReadOnlyDictionary<string, string[]>? draft)
    {
        var given = (draft ?? new Dictionary<string, string[]>()).Where(a => content.FindQuestion(a.Key) is not null).ToList();
        var parsed = AnswerParser.Parse(content, given.Select(a => KeyValuePair.Create(a.Key, (GivenAnswer?)(
            content.Question(a.Key).Kind == QuestionKind.Single && a.Value.Length == 1 ? GivenAnswer.One(a.Value[0]) : GivenAnswer.List(a.Value)))));
        var notices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (questionId, optionIds) in given.Where(a => parsed.HasError(a.Key)))
        {
            var question = content.Question(questionId);
            var unknown = optionIds.Where(o => question.FindOption(o) is null).ToList();
            notices[questionId] = $"Your earlier answer \u201c{string.Join(", ", unknown.DefaultIfEmpty(string.Join(", ", optionIds)))}\u201d is no longer one of the options. Please choose again.";
        }
        return (parsed.Answers, notices);
    }
}
