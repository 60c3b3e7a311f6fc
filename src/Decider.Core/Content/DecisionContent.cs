using System.Collections.Immutable;

namespace Decider.Core.Content;

/// <summary>
/// Everything loaded from the content directory, validated and cross-checked. <see cref="FileHashes"/> maps each
/// file's path under the directory to a digest of its text, so a saved result can later say which files changed.
/// </summary>
public sealed record DecisionContent(
    ImmutableArray<Source> Sources,
    ImmutableArray<Step> Steps,
    ImmutableArray<Question> Questions,
    ImmutableArray<Rule> Rules,
    ImmutableArray<Verdict> Verdicts,
    DecisionPolicy Policy,
    ImmutableSortedDictionary<string, string> FileHashes,
    string Version)
{
    private readonly ImmutableDictionary<string, Question> _questions =
        Questions.ToImmutableDictionary(q => q.Id, StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, Source> _sources =
        Sources.ToImmutableDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly ImmutableDictionary<string, Verdict> _verdicts =
        Verdicts.ToImmutableDictionary(v => v.Id, StringComparer.Ordinal);

    public Question? FindQuestion(string id) => _questions.GetValueOrDefault(id);

    public Question Question(string id) => _questions[id];

    public Source Source(string id) => _sources[id];

    public Verdict Verdict(string id) => _verdicts[id];

    public IEnumerable<Question> QuestionsInStep(string stepId) => Questions.Where(q => q.StepId == stepId);
}
