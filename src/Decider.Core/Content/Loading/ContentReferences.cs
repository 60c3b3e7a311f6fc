namespace Decider.Core.Content.Loading;

/// <summary>
/// Ids defined and referred to while reading, resolved once every file is read, because a rule in one
/// file may name a question, option, source or verdict defined in another.
/// </summary>
internal sealed class ContentReferences
{
    private readonly Dictionary<(string Kind, string Id), (string File, int Line)> _definitions = [];
    private readonly List<(string Kind, string Id, string File, int Line, string Context)> _uses = [];
    private readonly List<(string QuestionId, string OptionId, string File, int Line, string Context)> _optionUses = [];

    public void Define(string kind, string id, string file, int line, ContentErrors errors)
    {
        if (_definitions.TryGetValue((kind, id), out var first))
        {
            errors.Add(file, line, $"duplicate {kind} id '{id}' (first defined at {first.File}:{first.Line})");
            return;
        }
        _definitions[(kind, id)] = (file, line);
    }

    /// <summary>
    /// Takes an unreadable file's id from its name (questions/scale.md defines question 'scale'), so that its
    /// one error is not followed by an "unknown id" error at every place that refers to it.
    /// </summary>
    public void AssumeDefinedBy(string kind, string path) =>
        _definitions.TryAdd((kind, Path.GetFileNameWithoutExtension(path)), (path, 1));

    public void Use(string kind, string id, string file, int line, string context) =>
        _uses.Add((kind, id, file, line, context));

    public void UseOption(string questionId, string optionId, string file, int line, string context) =>
        _optionUses.Add((questionId, optionId, file, line, context));

    public void Check(IReadOnlyDictionary<string, Question> questions, ContentErrors errors)
    {
        foreach (var (kind, id, file, line, context) in _uses)
        {
            if (!_definitions.ContainsKey((kind, id)))
            {
                var known = _definitions.Keys.Where(k => k.Kind == kind).Select(k => k.Id).Order(StringComparer.Ordinal);
                errors.Add(file, line, $"{context} refers to unknown {kind} '{id}' (known: {string.Join(", ", known)})");
            }
        }
        foreach (var (questionId, optionId, file, line, context) in _optionUses)
        {
            if (optionId == Condition.Unanswered || !questions.TryGetValue(questionId, out var question))
            {
                continue;
            }
            if (question.FindOption(optionId) is null)
            {
                var known = string.Join(", ", question.Options.Select(o => o.Id));
                errors.Add(file, line, $"{context} refers to option '{optionId}', which question '{questionId}' does not have (its options: {known})");
            }
        }
    }
}
