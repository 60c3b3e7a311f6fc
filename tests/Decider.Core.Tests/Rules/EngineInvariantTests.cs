using Decider.Core.Content;
using Decider.Core.Rules;

namespace Decider.Core.Tests.Rules;

/// <summary>Invariants that must hold for every answer set, checked on many random ones.</summary>
public sealed class EngineInvariantTests
{
    private static readonly DecisionEngine Engine = ShippedContent.Engine;
    private static readonly List<AnswerSet> Samples = [.. RandomAnswers.Generate(1500)];

    /// <summary>Questions whose options run from worst to best for Rust: a better answer never lowers the fit.</summary>
    public static TheoryData<string, string[]> OrderedQuestions() => new()
    {
        { "rust-reviewers", ["none", "one", "two-plus", "team"] },
        { "failure-cost", ["low", "moderate", "high", "critical"] },
        { "change-rate", ["weekly", "monthly", "stable"] },
        { "ecosystem", ["major-gaps", "gaps", "covered"] },
        { "hiring", ["hard", "train", "easy"] },
        { "deadline", ["under-3-months", "3-6-months", "flexible"] },
    };

    [Theory]
    [MemberData(nameof(OrderedQuestions))]
    public void Evaluate_BetterAnswerOnOrderedQuestion_NeverLowersFit(string questionId, string[] worstToBest)
    {
        foreach (var answers in Samples)
        {
            var fits = worstToBest.Select(o => Engine.Evaluate(answers.With(questionId, o)).RustFit).ToList();
            for (var i = 1; i < fits.Count; i++)
            {
                Assert.True(fits[i] >= fits[i - 1],
                    $"{questionId}: '{worstToBest[i]}' gave fit {fits[i]} below '{worstToBest[i - 1]}' ({fits[i - 1]}) for {Describe(answers)}");
            }
        }
    }

    [Fact]
    public void Evaluate_SameAnswers_GivesSameEvaluation()
    {
        var other = new DecisionEngine(ShippedContent.Content);
        foreach (var answers in Samples.Take(300))
        {
            Assert.Equal(Snapshot(Engine.Evaluate(answers)), Snapshot(other.Evaluate(answers)));
        }
    }

    [Fact]
    public void Evaluate_AnyAnswers_EveryReasonCitesAKnownSource()
    {
        var known = ShippedContent.Content.Sources.Select(s => s.Id).ToHashSet();
        foreach (var answers in Samples)
        {
            foreach (var reason in Engine.Evaluate(answers).Reasons)
            {
                Assert.NotEmpty(reason.SourceIds);
                Assert.All(reason.SourceIds, id => Assert.Contains(id, known));
                Assert.NotEmpty(reason.QuestionIds);
            }
        }
    }

    [Fact]
    public void Evaluate_AnyAnswers_EveryCounterfactualIsTrueAndMinimal()
    {
        foreach (var answers in Samples)
        {
            var result = Engine.Evaluate(answers);
            var singleTargets = result.Counterfactuals.Where(c => c.Changes.Length == 1).Select(c => c.Verdict.Id).ToHashSet();
            var previousCount = 0;
            foreach (var counterfactual in result.Counterfactuals)
            {
                var changed = Engine.Evaluate(answers.Apply(counterfactual.Changes));
                Assert.Equal(counterfactual.Verdict.Id, changed.Verdict.Id);
                Assert.Equal(counterfactual.RustFit, changed.RustFit);
                Assert.NotEqual(result.Verdict.Id, counterfactual.Verdict.Id);
                Assert.True(counterfactual.Changes.Length >= previousCount, "fewest changes first");
                previousCount = counterfactual.Changes.Length;
                if (counterfactual.Changes.Length > 1)
                {
                    Assert.DoesNotContain(counterfactual.Verdict.Id, singleTargets);
                }
            }
        }
    }

    [Fact]
    public void Evaluate_VerdictReachableByOneChange_IsOffered()
    {
        foreach (var answers in Samples.Take(200))
        {
            var result = Engine.Evaluate(answers);
            var offered = result.Counterfactuals.Where(c => c.Changes.Length == 1).Select(c => c.Verdict.Id).ToHashSet();
            foreach (var question in ShippedContent.Content.Questions.Where(q => q.Kind == QuestionKind.Single))
            {
                foreach (var option in question.Options)
                {
                    var verdict = Engine.Evaluate(answers.With(question.Id, option.Id)).Verdict.Id;
                    Assert.True(verdict == result.Verdict.Id || offered.Contains(verdict),
                        $"setting {question.Id}={option.Id} gives {verdict}, which no single-change counterfactual offers");
                }
            }
        }
    }

    [Fact]
    public void Evaluate_Prototype_IsNeverRust()
    {
        foreach (var answers in Samples)
        {
            Assert.NotEqual("rust", Engine.Evaluate(answers.With("lifespan", "prototype")).Verdict.Id);
        }
    }

    [Fact]
    public void Evaluate_PerformanceNotPrimary_IgnoresPerformanceNeeds()
    {
        foreach (var answers in Samples.Take(500))
        {
            var notPrimary = answers.With("performance", "not-primary");
            var without = Engine.Evaluate(notPrimary.Without("performance-needs"));
            var with = Engine.Evaluate(notPrimary.With("performance-needs", "cold-start", "cpu-bound", "memory"));
            // Counterfactuals may differ: one that makes performance matter again brings the given needs back.
            Assert.Equal(Snapshot(without, withCounterfactuals: false), Snapshot(with, withCounterfactuals: false));
            Assert.False(with.Answers.IsAnswered("performance-needs"));
            Assert.DoesNotContain(with.OpenQuestions, q => q.Id == "performance-needs");
        }
    }

    [Fact]
    public void Evaluate_AnyAnswers_OpenQuestionsAreTheUnansweredAskedOnes()
    {
        foreach (var answers in Samples)
        {
            var result = Engine.Evaluate(answers);
            Assert.InRange(result.RustFit, 0, 100);
            foreach (var question in ShippedContent.Content.Questions)
            {
                var open = result.OpenQuestions.Any(q => q.Id == question.Id);
                var notAsked = question.Id == "performance-needs" && answers.Get("performance") is ["not-primary"];
                Assert.Equal(!answers.IsAnswered(question.Id) && !notAsked, open);
            }
        }
    }

    [Fact]
    public void Evaluate_EverythingAnswered_IsHighConfidence()
    {
        foreach (var answers in Samples.Take(300))
        {
            var full = ShippedContent.Content.Questions.Where(q => !answers.IsAnswered(q.Id))
                .Aggregate(answers, (a, q) => a.With(q.Id, q.Options[0].Id));
            Assert.Equal(Confidence.High, Engine.Evaluate(full).Confidence);
        }
    }

    [Fact]
    public void Evaluate_NothingAnswered_IsLowConfidenceWithEveryQuestionOpen()
    {
        var result = Engine.Evaluate(AnswerSet.Empty);

        Assert.Equal(Confidence.Low, result.Confidence);
        Assert.Equal(ShippedContent.Content.Questions.Length, result.OpenQuestions.Length);
        Assert.Contains(result.Verdict.Id, new[] { "current-stack", "optimize-first" });
        Assert.NotEmpty(result.Counterfactuals);
    }

    private static string Describe(AnswerSet answers) =>
        string.Join(", ", answers.Values.Select(a => $"{a.Key}={string.Join("+", a.Value)}"));

    private static string Snapshot(Evaluation e, bool withCounterfactuals = true) => string.Join("|",
        e.Verdict.Id, e.RustFit, e.Confidence, e.DecidedBy.Id,
        string.Join(",", e.Reasons.Select(r => r.Id)),
        string.Join(",", e.OpenQuestions.Select(q => q.Id)),
        string.Join(",", e.Counterfactuals.Where(_ => withCounterfactuals).Select(c => c.Verdict.Id + ":" + string.Join("&", c.Changes.Select(x => $"{x.QuestionId}={string.Join("+", x.To ?? [])}")))));
}
