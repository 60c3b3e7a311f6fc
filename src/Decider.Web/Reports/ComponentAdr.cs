using System.Globalization;
using System.Text;
using Decider.Core.Systems;
using Decider.Web.Shared;
using Decider.Web.Systems;
using static Decider.Web.Reports.AdrDocument;

namespace Decider.Web.Reports;

/// <summary>
/// The decision for one component of a saved system that goes to Rust (or to a Rust spike first), as a MADR record
/// like an assessment's, from the map stored at save time. The team's answers count as the component's context.
/// </summary>
public static class ComponentAdr
{
    /// <summary>Whether component <paramref name="result"/> gets an ADR: it goes to Rust, or to a spike first.</summary>
    public static bool Applies(ComponentResultResponse result) =>
        SystemMap.RustVerdicts.Contains(result.Result.Verdict.Id) || result.Result.Verdict.Id == SystemMap.SpikeVerdict;

    public static string Write(SavedSystem system, int number, DecisionContent content, string systemUrl)
    {
        var component = system.Map.Components[number - 1];
        var result = component.Result;
        var (team, components) = system.ToSystem(content);
        var answers = SystemMap.Combine(team, components[number - 1].Answers);
        var verdict = content.Verdicts.FirstOrDefault(v => v.Id == result.Verdict.Id);
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {Escape(component.Name)}: {result.Verdict.Title}").AppendLine();
        md.AppendLine("* Status: proposed");
        md.AppendLine(CultureInfo.InvariantCulture, $"* Date: {system.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        if (system.RevisitBy is { } revisitBy)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* Revisit by: {revisitBy:yyyy-MM-dd}");
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"* System: <{systemUrl}>, component {number} of {system.Map.Components.Length} (Decider content version `{system.ContentVersion}`)").AppendLine();

        md.AppendLine("## Context and Problem Statement").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Should *{Escape(component.Name)}*, part of *{Escape(system.Title)}*, be written in Rust? " +
            $"{SystemWords.Slice(system.Map.Slice)}. The answers for it, the team's included:").AppendLine();
        foreach (var question in content.Steps.SelectMany(s => content.QuestionsInStep(s.Id)).Where(q => answers.IsAnswered(q.Id)))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* {question.Title} — {ChangeSentences.Answer(question, answers.Get(question.Id))}{(question.About == QuestionAbout.Team ? " (the team)" : "")}");
        }
        md.AppendLine();

        md.AppendLine("## Decision Drivers").AppendLine();
        foreach (var reason in result.Reasons.OrderByDescending(r => r.Weight))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* {Capitalise(string.Join(", ", reason.Questions))} ({(reason.Direction == Direction.For ? "for" : "against")} Rust, weight {reason.Weight}): {reason.Text} {Cite(reason.Sources.Select(s => s.Id))}");
        }
        md.AppendLine();

        md.AppendLine("## Considered Options").AppendLine();
        foreach (var option in content.Verdicts)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* {option.Title}: {option.Summary}");
        }
        md.AppendLine();

        md.AppendLine("## Decision Outcome").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Chosen option: \"{result.Verdict.Title}\", because {Lower(result.DecidedBy.Text)} {Cite(result.DecidedBy.Sources.Select(s => s.Id))}").AppendLine();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Need {result.Need}/100 (how much the component needs what Rust gives), readiness {result.Readiness}/100 (how well the team can carry Rust now), {result.Confidence.ToString().ToLowerInvariant()} confidence.")).AppendLine();
        md.AppendLine("### Consequences").AppendLine();
        foreach (var reason in result.Reasons.OrderByDescending(r => r.Weight))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* {(reason.Direction == Direction.For ? "Good" : "Bad")}, because {Lower(reason.Text)}");
        }
        md.AppendLine();
        if (verdict is not null)
        {
            md.AppendLine("### Next steps").AppendLine().AppendLine(verdict.NextStepsMarkdown).AppendLine();
            if (verdict.SpikePlanMarkdown is { } spikePlan)
            {
                md.AppendLine("### Spike plan").AppendLine().AppendLine(spikePlan).AppendLine();
            }
        }
        BulletSection(md, "Open Questions", result.OpenQuestions.Select(q => content.FindQuestion(q)?.Title ?? q));
        BulletSection(md, "What Would Change This Decision", result.Counterfactuals.Where(c => c.Kind == CounterfactualKind.Action && c.Changes.All(ch => content.FindQuestion(ch.Question) is not null))
            .Select(c => $"{ChangeSentences.Describe(c.Kind, c.Changes.Select(SystemReport.ToChange), content)} → {content.Verdicts.FirstOrDefault(v => v.Id == c.Verdict)?.Title ?? c.Verdict}"));
        md.AppendLine("## Links").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"* [Decider system map]({systemUrl})");
        foreach (var source in result.Reasons.SelectMany(r => r.Sources).Concat(result.DecidedBy.Sources).DistinctBy(s => s.Id))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* [`{source.Id}`] [{source.Title}]({new Uri(new Uri(systemUrl), $"/sources#{source.Id}")})");
        }
        return md.ToString();
    }
}
