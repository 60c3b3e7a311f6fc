using Markdig;
using Markdig.Syntax;

namespace Decider.Core.Content.Loading;

/// <summary>
/// Reads one verdicts/*.md file. The body is split by its '## ' headings into what the verdict means,
/// the next steps, and (where it fits) a spike plan.
/// </summary>
internal static class VerdictReader
{
    private const string Meaning = "What it means";
    private const string NextSteps = "Next steps";
    private const string SpikePlan = "Spike plan";

    public static Verdict? Read(MarkdownFile file, ContentReferences references)
    {
        var fields = file.FrontMatter;
        fields.AllowOnly("id", "title", "summary");
        var id = fields.String("id");
        var title = fields.String("title");
        var summary = fields.String("summary");
        var sections = Sections(file);
        if (!sections.ContainsKey(NextSteps))
        {
            fields.Error(fields.Line, $"the body must have a '## {NextSteps}' section");
        }
        if (id is null || title is null || summary is null)
        {
            return null;
        }
        references.Define("verdict", id, file.Path, fields.LineOfKey("id"), fields.Errors);
        return new Verdict(id, title, summary, sections.GetValueOrDefault(Meaning, ""),
            sections.GetValueOrDefault(NextSteps, ""), sections.GetValueOrDefault(SpikePlan));
    }

    private static Dictionary<string, string> Sections(MarkdownFile file)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var document = Markdown.Parse(file.Body);
        var headings = document.OfType<HeadingBlock>().Where(h => h.Level == 2).ToList();
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var name = file.Body.Substring(heading.Span.Start, heading.Span.Length).TrimStart('#').Trim();
            if (name is not (Meaning or NextSteps or SpikePlan))
            {
                var line = file.BodyFirstLine + heading.Line;
                file.FrontMatter.Error(line, $"unknown section '## {name}' (expected '## {Meaning}', '## {NextSteps}' or '## {SpikePlan}')");
                continue;
            }
            var start = heading.Span.End + 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Span.Start : file.Body.Length;
            sections[name] = file.Body[Math.Min(start, end)..end].Trim();
        }
        return sections;
    }
}
