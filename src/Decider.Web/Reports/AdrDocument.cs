using System.Globalization;
using System.Text;
using Decider.Web.Assessments;
using Decider.Web.Infrastructure;

namespace Decider.Web.Reports;

/// <summary>
/// The decision as a Markdown Architecture Decision Record in the MADR shape, for teams to commit next
/// to their code. Text typed by users is escaped so that it can never become markup.
/// </summary>
public static class AdrDocument
{
    public static string Write(Assessment assessment, SavedReport report, IReadOnlyList<AssessmentStatusChange> history, string shareUrl,
        Spikes.SpikeSummary? spike, DateOnly today)
    {
        var md = new StringBuilder();
        // MADR's date is the date of the decision: the latest sign-off's, or the day it was proposed.
        var date = history.Count > 0 ? history[^1].On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : assessment.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        md.AppendLine(CultureInfo.InvariantCulture, $"# {Escape(assessment.Title)}: {report.Verdict.Title}").AppendLine();
        var status = AssessmentStatuses.Current(history);
        md.AppendLine(CultureInfo.InvariantCulture, $"* Status: {AssessmentStatuses.Name(status)}{(history.Count > 0 && history[^1].SupersededById is { } by ? $" by <{SharePageOf(shareUrl, assessment.Id, by)}>" : "")}");
        if (history.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* Deciders: {Escape(history[^1].By)}");
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"* Date: {date}");
        if (assessment.RevisitBy is { } revisitBy)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* Revisit by: {revisitBy:yyyy-MM-dd}");
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"* Assessment: <{shareUrl}> (Decider content version `{assessment.ContentVersion}`)").AppendLine();

        md.AppendLine("## Context and Problem Statement").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Should *{Escape(assessment.Title)}* be written in Rust? The answers the team gave:").AppendLine();
        foreach (var answer in report.Answers)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* {answer.Question} — {answer.Answer ?? "*I don't know yet*"}");
        }
        md.AppendLine();

        md.AppendLine("## Decision Drivers").AppendLine();
        foreach (var reason in report.Reasons)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* {Capitalise(string.Join(", ", reason.Questions))} ({(reason.Direction == "for" ? "for" : "against")} Rust, weight {reason.Weight}): {reason.Text} {Cite(reason.SourceIds)}");
        }
        if (report.Reasons.Length == 0)
        {
            md.AppendLine("* No answer given yet weighs for or against Rust.");
        }
        md.AppendLine();

        md.AppendLine("## Considered Options").AppendLine();
        foreach (var option in report.Verdicts)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* {option.Title}: {option.Summary}");
        }
        md.AppendLine();

        md.AppendLine("## Decision Outcome").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Chosen option: \"{report.Verdict.Title}\", because {Lower(report.DecidedBy.Text)} {Cite(report.DecidedBy.SourceIds)}").AppendLine();
        md.AppendLine(report.Scores is { } scores
            ? string.Create(CultureInfo.InvariantCulture, $"Need {scores.Need}/100 (how much the component needs what Rust gives), readiness {scores.Readiness}/100 (how well the team can carry Rust now), {report.Confidence} confidence.")
            : string.Create(CultureInfo.InvariantCulture, $"Rust fit {report.RustFit}/100, {report.Confidence} confidence.")).AppendLine();
        md.AppendLine("### Consequences").AppendLine();
        foreach (var reason in report.For)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* Good, because {Lower(reason.Text)}");
        }
        foreach (var reason in report.Against)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* Bad, because {Lower(reason.Text)}");
        }
        md.AppendLine();
        md.AppendLine("### Next steps").AppendLine().AppendLine(report.Verdict.NextStepsMarkdown).AppendLine();
        if (report.Verdict.SpikePlanMarkdown is { } spikePlan)
        {
            md.AppendLine("### Spike plan").AppendLine().AppendLine(spikePlan).AppendLine();
        }
        if (spike is not null)
        {
            BulletSection(md, "The Spike", [.. spike.Lines(today).Select(Escape), $"Its page: <{new Uri(new Uri(shareUrl), $"/p/{spike.Id}")}>"]);
        }
        BulletSection(md, "Open Questions", report.OpenQuestions.Select(q => q.Title));
        BulletSection(md, "Find Out First", report.FindOutFirst);
        BulletSection(md, "What Would Change This Decision", report.Actions.Select(c => $"{c.Sentence} → {c.VerdictTitle}"));
        BulletSection(md, "Where the Sources Differ", report.WhereSourcesDiffer.Select(d => $"{d.Text} {Cite(d.SourceIds)}"));
        if (report.Team is { } team)
        {
            md.AppendLine("## Team Session").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Decided by a team of {team.Participants}. {team.Rule}").AppendLine();
            foreach (var contested in team.Contested)
            {
                var answers = string.Join("; ", contested.Answers.Select(a => $"{a.Answer} ({a.Count}) → {a.Verdict}"
                    + (a.Reasons.IsEmpty ? "" : $" (why: {string.Join("; ", a.Reasons.Select(Escape))})")));
                md.AppendLine(CultureInfo.InvariantCulture, $"* Contested: {contested.Question}{(contested.FlipsVerdict ? " (changes the verdict)" : "")} — {answers}; the team's answer: {contested.TeamAnswer}");
            }
            md.AppendLine();
            BulletSection(md, "Resolutions", team.Resolutions.Select(r => r.Sentence(Escape)));
        }
        BulletSection(md, "When to Revisit", report.RevisitWhen);
        BulletSection(md, "Sign-off History", history.Select(c => AssessmentStatuses.Sentence(c, Escape)));
        if (assessment.Notes is { } notes)
        {
            md.AppendLine("## Notes").AppendLine();
            foreach (var line in notes.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"> {Escape(line)}");
            }
            md.AppendLine();
        }
        md.AppendLine("## Links").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"* [Decider assessment]({shareUrl})");
        foreach (var (source, index) in report.Sources.Select((s, i) => (s, i + 1)))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* [{index}] {source.Title}, {source.Author}, {source.Date}");
        }
        return md.ToString();
    }

    /// <summary>Another assessment's share link, from this one's: share links end in the assessment's id.</summary>
    private static string SharePageOf(string shareUrl, string id, string otherId) => shareUrl[..^id.Length] + otherId;

    /// <summary>
    /// Escapes what would become markup in user text, so it shows as typed: HTML, and the Markdown punctuation that
    /// acts anywhere in a line (emphasis, code, links, tables, strikethrough). Punctuation that acts only at the start
    /// of a line (headings, lists, quotes) is escaped only there, so ordinary text keeps its hyphens and brackets.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            escaped.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' => $"\\{c}",
                '#' or '+' or '-' or '=' when i == 0 => $"\\{c}",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>A heading and one bullet per item; nothing at all when there are no items.</summary>
    internal static void BulletSection(StringBuilder md, string heading, IEnumerable<string> items)
    {
        var bullets = items.ToList();
        if (bullets.Count == 0)
        {
            return;
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"## {heading}").AppendLine();
        foreach (var bullet in bullets)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"* {bullet}");
        }
        md.AppendLine();
    }

    internal static string Cite(IEnumerable<string> sourceIds) => string.Concat(sourceIds.Select(id => $"[`{id}`]"));

    // Names that keep their capital after "because": the languages and runtimes the content talks about.
    private static readonly HashSet<string> ProperNouns = new(StringComparer.Ordinal) { "Rust", "Python", "Go", "Node", "TypeScript", "JavaScript", "Java", "Kotlin", "C", "C#", "C++", "Ruby", "PHP" };

    internal static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) && !ProperNouns.Contains(new string([.. text.TakeWhile(c => char.IsLetter(c) || c is '#' or '+')]))
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    internal static string Capitalise(string text) => text.Length > 0 ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
