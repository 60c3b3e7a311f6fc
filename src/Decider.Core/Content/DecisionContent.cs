using System.Collections.Immutable;

namespace Decider.Core.Content;

/// <summary>
/// Everything loaded from the content directory, validated and cross-checked. <see cref="FileHashes"/> maps each
/// file's path under the directory to a digest of its text, so a saved result can later say which files changed.
/// <see cref="Spike"/> is how a spike is planned for a result.
/// </summary>
public sealed record DecisionContent(
    ImmutableArray<Source> Sources,
    ImmutableArray<Step> Steps,
    ImmutableArray<Question> Questions,
    ImmutableArray<Rule> Rules,
    ImmutableArray<Verdict> Verdicts,
    DecisionPolicy Policy,
    ImmutableSortedDictionary<string, string> FileHashes,
    string Version,
    SpikeGuide Spike)
{
    // Looked up by scanning rather than through dictionaries built once: a `with` copy would carry those along stale.
    // The lists are a few dozen items; the engine's hot path uses its own compiled indexes.
    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);

    public Question Question(string id) => FindQuestion(id) ?? throw new KeyNotFoundException($"The content has no question '{id}'.");

    public Source Source(string id) => Sources.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"The content has no source '{id}'.");

    public Verdict Verdict(string id) => Verdicts.FirstOrDefault(v => v.Id == id) ?? throw new KeyNotFoundException($"The content has no verdict '{id}'.");

    public IEnumerable<Question> QuestionsInStep(string stepId) => Questions.Where(q => q.StepId == stepId);
}
