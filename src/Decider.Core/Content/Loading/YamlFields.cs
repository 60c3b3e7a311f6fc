using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Decider.Core.Content.Loading;

/// <summary>
/// Typed, line-aware access to one YAML mapping of a content file. Every problem is recorded with the
/// file line it is on, and reading goes on so that one run reports as much as it can.
/// </summary>
internal sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;

    public YamlFields(YamlMappingNode node, string file, int lineOffset, ContentErrors errors)
    {
        _node = node;
        File = file;
        _lineOffset = lineOffset;
        Errors = errors;
    }

    public string File { get; }

    public ContentErrors Errors { get; }

    public int Line => LineOf(_node);

    public int LineOf(YamlNode node) => _lineOffset + (int)node.Start.Line;

    public int LineOfKey(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } k ? LineOf(k) : Line;

    public void Error(int line, string message) => Errors.Add(File, line, message);

    /// <summary>Reports every field not in <paramref name="known"/>, which is usually a typo.</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                Error(LineOf(key), $"unknown field '{name}' (expected one of: {string.Join(", ", known)})");
            }
        }
    }

    public IEnumerable<(string Key, YamlNode Value)> Entries =>
        _node.Children.Select(pair => ((pair.Key as YamlScalarNode)?.Value ?? "", pair.Value));

    public YamlNode? Node(string key, bool required)
    {
        if (_node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return value;
        }
        if (required)
        {
            Error(Line, $"missing required field '{key}'");
        }
        return null;
    }

    public string? String(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is not YamlScalarNode { Value: { } value } || (required && string.IsNullOrWhiteSpace(value)))
        {
            Error(LineOf(node), $"field '{key}' must be a non-empty text value");
            return null;
        }
        return value.Trim();
    }

    public int? Int(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Error(LineOf(node), $"field '{key}' must be a whole number");
        return null;
    }

    /// <summary>A list of ids, written either as '[a, b]' or one '- a' per line; a single value counts as a list of one.</summary>
    public ImmutableArray<(string Value, int Line)> Strings(string key, bool required = true)
    {
        var node = Node(key, required);
        return node is null ? [] : StringsOf(node, key);
    }

    public ImmutableArray<(string Value, int Line)> StringsOf(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { Length: > 0 } single }:
                return [(single.Trim(), LineOf(node))];
            case YamlSequenceNode sequence:
                var items = ImmutableArray.CreateBuilder<(string, int)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } value })
                    {
                        items.Add((value.Trim(), LineOf(item)));
                    }
                    else
                    {
                        Error(LineOf(item), $"each item of '{key}' must be a plain id");
                    }
                }
                if (items.Count == 0)
                {
                    Error(LineOf(node), $"field '{key}' must list at least one id");
                }
                return items.ToImmutable();
            default:
                Error(LineOf(node), $"field '{key}' must be an id or a list of ids");
                return [];
        }
    }

    /// <summary>A list of mappings, such as the options of a question.</summary>
    public IEnumerable<YamlFields> Maps(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            yield break;
        }
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            Error(LineOf(node), $"field '{key}' must be a non-empty list of entries, each starting with '- '");
            yield break;
        }
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map)
            {
                yield return new YamlFields(map, File, _lineOffset, Errors);
            }
            else
            {
                Error(LineOf(item), $"each entry of '{key}' must be a set of 'field: value' lines");
            }
        }
    }

    public YamlFields? Map(string key, bool required = true)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlMappingNode map)
        {
            return new YamlFields(map, File, _lineOffset, Errors);
        }
        Error(LineOf(node), $"field '{key}' must be a set of 'field: value' lines");
        return null;
    }
}
