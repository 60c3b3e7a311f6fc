using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Decider.Core.Content.Loading;

/// <summary>
/// Loads decision content: sources.md, steps.md, policy.md, questions/*.md, verdicts/*.md and, when there is one,
/// spike.md.
/// Every problem is reported with its file and line in one <see cref="ContentException"/>.
/// </summary>
public static class ContentLoader
{
    public const string SourcesFile = "sources.md";
    public const string StepsFile = "steps.md";
    public const string PolicyFile = "policy.md";
    public const string SpikeFile = "spike.md";
    public const string QuestionsFolder = "questions/";
    public const string VerdictsFolder = "verdicts/";

    /// <summary>
    /// Loads content from relative paths ("questions/scale.md") and their text; reading them from disk, a package or
    /// anywhere else is the caller's part, so the engine does no I/O of its own.
    /// </summary>
    public static DecisionContent Load(IReadOnlyDictionary<string, string> files)
    {
        var errors = new ContentErrors();
        var references = new ContentReferences();
        var markdown = new List<MarkdownFile>();
        foreach (var path in files.Keys.Where(p => p.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            if (MarkdownFile.Parse(path, files[path], errors) is { } file)
            {
                markdown.Add(file);
            }
            else if (path.StartsWith(QuestionsFolder, StringComparison.Ordinal) || path.StartsWith(VerdictsFolder, StringComparison.Ordinal))
            {
                references.AssumeDefinedBy(path.StartsWith(QuestionsFolder, StringComparison.Ordinal) ? "question" : "verdict", path);
            }
        }

        var sources = Single(markdown, SourcesFile, errors) is { } s ? SourcesReader.Read(s, references) : [];
        var steps = Single(markdown, StepsFile, errors) is { } st ? StepsReader.Read(st, references) : [];
        var policy = Single(markdown, PolicyFile, errors) is { } p ? PolicyReader.Read(p, references) : null;
        var spike = markdown.FirstOrDefault(f => f.Path == SpikeFile) is { } sp ? SpikeGuideReader.Read(sp, references) : SpikeGuide.Default;
        var questions = new List<Question>();
        var rules = ImmutableArray.CreateBuilder<Rule>();
        var verdicts = ImmutableArray.CreateBuilder<Verdict>();
        foreach (var file in markdown)
        {
            if (file.Path.StartsWith(QuestionsFolder, StringComparison.Ordinal))
            {
                var (question, questionRules) = QuestionReader.Read(file, references);
                rules.AddRange(questionRules);
                if (question is not null)
                {
                    questions.Add(question);
                }
            }
            else if (file.Path.StartsWith(VerdictsFolder, StringComparison.Ordinal))
            {
                if (VerdictReader.Read(file, references) is { } verdict)
                {
                    verdicts.Add(verdict);
                }
            }
            else if (file.Path is not (SourcesFile or StepsFile or PolicyFile or SpikeFile))
            {
                errors.Add(file.Path, 1, $"not a content file: expected {SourcesFile}, {StepsFile}, {PolicyFile}, {SpikeFile}, {QuestionsFolder}*.md or {VerdictsFolder}*.md");
            }
        }

        var byId = questions.GroupBy(q => q.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        references.Check(byId, errors);
        var ordered = PlaceInSteps(steps, byId, errors);
        errors.ThrowIfAny();

        var hashes = files.ToImmutableSortedDictionary(f => f.Key, f => Hash(f.Value), StringComparer.Ordinal);
        return new DecisionContent(sources, [.. steps.Select(x => x.Step)], ordered, rules.ToImmutable(),
            verdicts.ToImmutable(), policy!, hashes, Version(hashes), spike);
    }

    private static MarkdownFile? Single(List<MarkdownFile> files, string path, ContentErrors errors)
    {
        var file = files.FirstOrDefault(f => f.Path == path);
        if (file is null && !errors.All.Any(e => e.File == path))
        {
            errors.Add(path, 0, "this file is missing from the content directory");
        }
        return file;
    }

    /// <summary>Orders questions as steps.md lists them; each question must be in exactly one step.</summary>
    private static ImmutableArray<Question> PlaceInSteps(
        ImmutableArray<(Step Step, ImmutableArray<(string QuestionId, int Line)> Questions)> steps,
        Dictionary<string, Question> questions,
        ContentErrors errors)
    {
        var placed = new Dictionary<string, Question>(StringComparer.Ordinal);
        var ordered = ImmutableArray.CreateBuilder<Question>();
        foreach (var (step, ids) in steps)
        {
            foreach (var (id, line) in ids)
            {
                if (!questions.TryGetValue(id, out var question))
                {
                    continue;
                }
                if (placed.TryGetValue(id, out var earlier))
                {
                    errors.Add(StepsFile, line, $"question '{id}' is already in step '{earlier.StepId}'; a question belongs to one step");
                    continue;
                }
                var inStep = question with { StepId = step.Id };
                placed[id] = inStep;
                ordered.Add(inStep);
            }
        }
        foreach (var question in questions.Values.Where(q => !placed.ContainsKey(q.Id)))
        {
            errors.Add(question.File, 2, $"question '{question.Id}' is in no step: add it to a step's 'questions' in {StepsFile}");
        }
        return ordered.ToImmutable();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>A short digest of every file's path and contents, so any edit under content/ changes it.</summary>
    private static string Version(IEnumerable<KeyValuePair<string, string>> hashes)
    {
        var all = string.Join("\n", hashes.Select(h => $"{h.Key}\0{h.Value}"));
        return Hash(all)[..16];
    }
}
