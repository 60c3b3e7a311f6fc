using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Decider.Core.Content.Loading;

/// <summary>
/// A content file split into its YAML front matter (with line numbers that point into the file) and its
/// Markdown body.
/// </summary>
internal sealed class MarkdownFile
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private MarkdownFile(string path, YamlFields frontMatter, string body, int bodyFirstLine)
    {
        Path = path;
        FrontMatter = frontMatter;
        Body = body;
        BodyFirstLine = bodyFirstLine;
    }

    public string Path { get; }

    public YamlFields FrontMatter { get; }

    /// <summary>The Markdown after the front matter, leading blank lines kept so that lines can be counted.</summary>
    public string Body { get; }

    /// <summary>The file line (1-based) on which <see cref="Body"/> starts.</summary>
    public int BodyFirstLine { get; }

    /// <summary>Reads the file, or records why it cannot be read and returns null.</summary>
    public static MarkdownFile? Parse(string path, string text, ContentErrors errors)
    {
        var document = Markdown.Parse(text, Pipeline);
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null || block.Line != 0)
        {
            errors.Add(path, 1, "the file must start with YAML front matter: a line '---', the fields, and a closing '---'");
            return null;
        }

        // Markdig's line numbers are 0-based and point at the opening '---'; YAML's are 1-based within the block.
        var firstYamlLine = block.Line + 1;
        var yaml = block.Lines.ToString();
        var bodyStart = Math.Min(text.Length, block.Span.End + 1);
        var body = text[bodyStart..].TrimEnd();
        var bodyFirstLine = text.AsSpan(0, bodyStart).Count('\n') + 1;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                errors.Add(path, firstYamlLine + 1, "the front matter must be a set of 'field: value' lines");
                return null;
            }
            return new MarkdownFile(path, new YamlFields(root, path, firstYamlLine, errors), body, bodyFirstLine);
        }
        catch (YamlException e)
        {
            var line = firstYamlLine + (int)Math.Max(1, e.Start.Line);
            var reason = e.InnerException?.Message ?? e.Message;
            errors.Add(path, line, $"the front matter is not valid YAML: {Tidy(reason)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections, without a position.
            errors.Add(path, firstYamlLine + LastReadableLine(yaml), "the front matter is not valid YAML: an unterminated '[', '{' or quote on or after this line");
            return null;
        }
    }

    private static int LastReadableLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.End.Line;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or YamlException)
        {
            return line;
        }
        return line;
    }

    private static string Tidy(string yamlMessage)
    {
        // YamlDotNet prefixes messages with its own (block-relative) position, which would contradict ours.
        var close = yamlMessage.IndexOf("): ", StringComparison.Ordinal);
        return yamlMessage.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? yamlMessage[(close + 3)..] : yamlMessage;
    }
}
