using System.Collections.Immutable;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Decider.Core.Content.Loading;
using Decider.Core.Rules;

namespace Decider.Benchmarks;

/// <summary>One full evaluation, counterfactuals included, for each public worked case.</summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private static readonly Dictionary<string, AnswerSet> Cases = LoadCases();
    private DecisionEngine _engine = null!;
    private AnswerSet _answers = null!;

    [ParamsSource(nameof(CaseNames))]
    public string Case { get; set; } = "";

    public static IEnumerable<string> CaseNames => Cases.Keys;

    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "content");
        _engine = new DecisionEngine(ContentLoader.Load(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal)));
        _answers = Cases[Case];
    }

    [Benchmark]
    public Evaluation Evaluate() => _engine.Evaluate(_answers);

    private static Dictionary<string, AnswerSet> LoadCases()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "public.json")));
        return document.RootElement.GetProperty("scenarios").EnumerateArray().ToDictionary(
            s => s.GetProperty("name").GetString()![..Math.Min(32, s.GetProperty("name").GetString()!.Length)],
            s => AnswerSet.From(s.GetProperty("answers").EnumerateObject().Select(p => KeyValuePair.Create(p.Name,
                p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(v => v.GetString()!).ToImmutableArray() : [p.Value.GetString()!]))));
    }
}
