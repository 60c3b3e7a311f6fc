using Decider.Core.Content;
using Decider.Core.Rules;

namespace Decider.Core.Tests.Rules;

/// <summary>Seeded random answer sets over the shipped questions, so failures reproduce.</summary>
public static class RandomAnswers
{
    public static IEnumerable<AnswerSet> Generate(int count, int seed = 20261123)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var answers = AnswerSet.Empty;
            foreach (var question in ShippedContent.Content.Questions)
            {
                if (random.NextDouble() < 0.3)
                {
                    continue;
                }
                var options = question.Options.Select(o => o.Id).ToArray();
                answers = question.Kind == QuestionKind.Single
                    ? answers.With(question.Id, options[random.Next(options.Length)])
                    : answers.With(question.Id, [.. options.Where(_ => random.NextDouble() < 0.3)]);
            }
            yield return answers;
        }
    }
}
