using Decider.Core.Content;
using Decider.Core.Rules;

namespace Decider.Core.Tests.Rules;

/// <summary>Invariants that must hold for every answer set, checked on many random ones.</summary>
public sealed class EngineInvariantTests
{
    private static readonly DecisionEngine Engine = ShippedContent.Engine;
    private static readonly List<AnswerSet> Samples = [.. RandomAnswers.Generate(1500)];

    private static readonly string[] RustVerdicts = ["rust", "rust-spike", "rust-library"];

    /// <summary>How close a verdict is to Rust, for the monotonicity of the readiness levers.</summary>
    private static int Rank(string verdict) => verdict switch
    {
        "rust" => 3,
        "rust-spike" or "rust-library" => 2,
        "go" => 1,
        _ => 0,
    };

    /// <summary>Readiness levers whose options run from worst to best: a better answer never moves the verdict away from Rust.</summary>
    private static readonly Dictionary<string, string[]> Levers = new()
    {
        ["rust-reviewers"] = ["none", "one", "two-plus", "team"],
        ["hiring"] = ["hard", "train", "easy"],
        ["deadline"] = ["under-3-months", "3-6-months", "flexible"],
        ["ecosystem"] = ["major-gaps", "gaps", "covered"],
    };

    public static TheoryData<string> LeverIds() => [.. Levers.Keys];

    [Theory]
    [MemberData(nameof(LeverIds))]
    public void Evaluate_BetterReadinessLever_NeverMovesTheVerdictAwayFromRust(string questionId)
    {
        var worstToBest = Levers[questionId];
        foreach (var answers in Samples)
        {
            var verdicts = worstToBest.Select(o => Engine.Evaluate(answers.With(questionId, o)).Verdict.Id).ToList();
            for (var i = 1; i < verdicts.Count; i++)
            {
                Assert.True(Rank(verdicts[i]) >= Rank(verdicts[i - 1]),
                    $"{questionId}: '{worstToBest[i]}' gave {verdicts[i]}, further from Rust than '{worstToBest[i - 1]}' ({verdicts[i - 1]}) for {Describe(answers)}");
            }
        }
    }

    [Fact]
    public void Evaluate_ReadinessAnswersAlone_NeverGiveARustVerdict()
    {
        var readiness = ShippedContent.Content.Questions.Where(q => q.Axis == Axis.Readiness).Select(q => q.Id).ToHashSet();
        foreach (var answers in Samples)
        {
            var result = Engine.Evaluate(AnswerSet.From(answers.Values.Where(a => readiness.Contains(a.Key))));
            Assert.DoesNotContain(result.Verdict.Id, RustVerdicts);
            Assert.Equal(50, result.Need);
        }
    }

    [Fact]
    public void Evaluate_NoNeedAnswerForRust_NeverGivesARustVerdict()
    {
        foreach (var answers in Samples)
        {
            var result = Engine.Evaluate(answers);
            if (!result.Reasons.Any(r => r.Axis == Axis.Need && r.Direction == Direction.For))
            {
                Assert.DoesNotContain(result.Verdict.Id, RustVerdicts);
            }
        }
    }

    [Fact]
    public void Evaluate_TwoAnswersOrFewer_NeverGiveARustVerdict()
    {
        var questions = ShippedContent.Content.Questions;
        foreach (var a in questions)
        {
            foreach (var b in questions.Where(b => string.CompareOrdinal(b.Id, a.Id) > 0))
            {
                foreach (var optionA in a.Options)
                {
                    foreach (var optionB in b.Options)
                    {
                        var verdict = Engine.Evaluate(AnswerSet.Empty.With(a.Id, optionA.Id).With(b.Id, optionB.Id)).Verdict.Id;
                        Assert.DoesNotContain(verdict, RustVerdicts);
                    }
                }
            }
        }
    }

    [Fact]
    public void Evaluate_AnyAnswers_ScoresStayInRangeAndEachReasonIsOnItsQuestionsAxis()
    {
        var content = ShippedContent.Content;
        foreach (var answers in Samples.Take(300))
        {
            var result = Engine.Evaluate(answers);
            Assert.InRange(result.Need, 0, 100);
            Assert.InRange(result.Readiness, 0, 100);
            Assert.All(result.Reasons, r => Assert.Contains(r.QuestionIds, q => content.Question(q).Axis == r.Axis));
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
                Assert.Equal(counterfactual.Scores, changed.Scores);
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
    public void Evaluate_AnyAnswers_CounterfactualsAreAdviceATeamCanUse()
    {
        var content = ShippedContent.Content;
        foreach (var answers in Samples)
        {
            foreach (var counterfactual in Engine.Evaluate(answers).Counterfactuals)
            {
                if (counterfactual.Changes.Length > 1)
                {
                    Assert.Equal(CounterfactualKind.Action, counterfactual.Kind);
                    var before = Engine.Evaluate(answers).Scores;
                    Assert.All(counterfactual.Changes, change =>
                    {
                        var alone = Engine.Evaluate(answers.Apply([change])).Scores;
                        Assert.True(alone.Need >= before.Need && alone.Readiness >= before.Readiness,
                            $"{change.QuestionId} in a pair pulls a score down on its own");
                    });
                }
                foreach (var change in counterfactual.Changes)
                {
                    var question = content.Question(change.QuestionId);
                    Assert.DoesNotContain(change.QuestionId, new[] { "workload", "current-stack" });
                    var from = Assert.Single(change.From!.Value);
                    var to = question.FindOption(Assert.Single(change.To!.Value))!;
                    Assert.Contains(from, to.OfferedFrom);
                    Assert.Equal(counterfactual.Kind == CounterfactualKind.Action ? QuestionRole.Lever : QuestionRole.Fact, question.Role);
                    Assert.NotNull(counterfactual.Kind == CounterfactualKind.Action ? to.Action : to.Revisit);
                    if (Levers.TryGetValue(change.QuestionId, out var order))
                    {
                        Assert.True(Array.IndexOf(order, to.Id) > Array.IndexOf(order, from), $"{change.QuestionId} suggested from {from} back to {to.Id}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Evaluate_VerdictReachableByOneAction_IsOffered()
    {
        foreach (var answers in Samples.Take(200))
        {
            var result = Engine.Evaluate(answers);
            var offered = result.Counterfactuals.Where(c => c.Changes.Length == 1).Select(c => c.Verdict.Id).ToHashSet();
            foreach (var question in ShippedContent.Content.Questions.Where(q => q.Role == QuestionRole.Lever && answers.Get(q.Id) is { Length: 1 }))
            {
                var from = answers.Get(question.Id)!.Value[0];
                foreach (var option in question.Options.Where(o => o.Action is not null && o.OfferedFrom.Contains(from)))
                {
                    var verdict = Engine.Evaluate(answers.With(question.Id, option.Id)).Verdict.Id;
                    Assert.True(verdict == result.Verdict.Id || offered.Contains(verdict),
                        $"{question.Id}={option.Id} gives {verdict}, which no single-change counterfactual offers");
                }
            }
        }
    }

    [Fact]
    public void Evaluate_AnyAnswers_OpenQuestionOutcomesAreTrue()
    {
        foreach (var answers in Samples.Take(400))
        {
            var result = Engine.Evaluate(answers);
            foreach (var open in result.FindOutFirst)
            {
                Assert.Contains(open.Question, result.OpenQuestions);
                Assert.Contains(open.Outcomes, o => o.Verdict.Id != result.Verdict.Id);
                foreach (var outcome in open.Outcomes)
                {
                    foreach (var option in outcome.OptionIds)
                    {
                        Assert.Equal(outcome.Verdict.Id, Engine.Evaluate(answers.With(open.Question.Id, option)).Verdict.Id);
                    }
                }
            }
        }
    }

    [Fact]
    public void Evaluate_OneAnswer_IsLowConfidence()
    {
        foreach (var question in ShippedContent.Content.Questions)
        {
            foreach (var option in question.Options)
            {
                Assert.Equal(Confidence.Low, Engine.Evaluate(AnswerSet.Empty.With(question.Id, option.Id)).Confidence);
            }
        }
    }

    [Fact]
    public void Evaluate_OpenQuestionThatCouldFlipTheVerdict_LowersConfidence()
    {
        foreach (var answers in Samples)
        {
            var result = Engine.Evaluate(answers);
            if (result.FindOutFirst.Length > 0)
            {
                Assert.NotEqual(Confidence.High, result.Confidence);
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
        Assert.Empty(result.Counterfactuals);
        Assert.NotEmpty(result.FindOutFirst);
    }

    private static string Describe(AnswerSet answers) =>
        string.Join(", ", answers.Values.Select(a => $"{a.Key}={string.Join("+", a.Value)}"));

    private static string Snapshot(Evaluation e, bool withCounterfactuals = true) => string.Join("|",
        e.Verdict.Id, e.Scores, e.Confidence, e.DecidedBy.Id,
        string.Join(",", e.Reasons.Select(r => r.Id)),
        string.Join(",", e.OpenQuestions.Select(q => q.Id)),
        string.Join(",", e.Counterfactuals.Where(_ => withCounterfactuals).Select(c => c.Verdict.Id + ":" + string.Join("&", c.Changes.Select(x => $"{x.QuestionId}={string.Join("+", x.To ?? [])}")))));
}
