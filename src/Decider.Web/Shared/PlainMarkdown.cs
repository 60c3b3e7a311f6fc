using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Decider.Web.Shared;

/// <summary>Content Markdown as plain paragraphs and list items, for outputs that are not HTML (the PDF).</summary>
public static class PlainMarkdown
{
    public sealed record Block(string Text, bool IsListItem);

    public static List<Block> Blocks(string markdown)
    {
        var blocks = new List<Block>();
        foreach (var block in Markdown.Parse(markdown))
        {
            Collect(block, listItem: false, blocks);
        }
        return blocks;
    }

    private static void Collect(Markdig.Syntax.Block block, bool listItem, List<Block> blocks)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline }:
                blocks.Add(new Block(Text(inline), listItem));
                break;
            case ListItemBlock item:
                foreach (var child in item)
                {
                    Collect(child, listItem: true, blocks);
                }
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Collect(child, listItem, blocks);
                }
                break;
        }
    }

    private static string Text(ContainerInline inline)
    {
        var text = new StringBuilder();
        foreach (var item in inline.Descendants())
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }
        return text.ToString();
    }
}
