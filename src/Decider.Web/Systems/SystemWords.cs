using System.Globalization;
using Decider.Web.Shared;

namespace Decider.Web.Systems;

/// <summary>
/// A system's map in words and chart points, the same on the share page, in the editor and in the PDF: the narrow
/// slice, each lever as a sentence, and the chart's numbered points with their description.
/// </summary>
public static class SystemWords
{
    /// <summary>The narrow slice: components that go to Rust, counting those that prove it with a spike first.</summary>
    public static string Slice(RustSliceResponse slice) => (slice.Rust + slice.Spike, slice.Components) switch
    {
        (_, 0) => "No components yet",
        (0, 1) => "The component does not go to Rust",
        (0, var all) => $"None of the {all} components goes to Rust",
        (1, 1) => "The component goes to Rust",
        (1, var all) => $"1 of {all} components goes to Rust",
        (var rust, var all) => $"{rust} of {all} components go to Rust",
    };

    /// <summary>The slice and its detail as one sentence or two.</summary>
    public static string SliceSentence(RustSliceResponse slice) => $"{Slice(slice)}. {SliceDetail(slice)}".Trim();

    public static string SliceDetail(RustSliceResponse slice) => (slice.Spike, slice.Components - slice.Rust - slice.Spike) switch
    {
        (0, 0) => "",
        (0, var rest) => $"{Rest(rest)}.",
        (var spike, 0) => $"{Spikes(spike, slice.Rust + spike)} first.",
        (var spike, var rest) => $"{Spikes(spike, slice.Rust + spike)} first; {Rest(rest).ToLowerInvariant()}.",
    };

    public static string Lever(SystemLeverResponse lever, DecisionContent content)
    {
        var names = string.Join(", ", lever.Moves.Select(m => m.Name));
        var changes = string.Join("; ", lever.Moves.GroupBy(m => (m.From, m.To))
            .Select(g => $"from \u201c{VerdictTitle(g.Key.From, content)}\u201d to \u201c{VerdictTitle(g.Key.To, content)}\u201d"));
        return $"{char.ToUpperInvariant(lever.Action[0])}{lever.Action[1..]}: moves {names} ({changes}).";
    }

    /// <summary>One numbered point per component, numbered as the map's rows.</summary>
    public static List<ChartPoint> Points(SystemMapResponse map) =>
        [.. map.Components.Select((c, i) => new ChartPoint((i + 1).ToString(CultureInfo.InvariantCulture), c.Result.Need, c.Result.Readiness))];

    public static string ChartDescription(SystemMapResponse map) => "Each numbered point is a component of the map, at its need and readiness: " +
        string.Join("; ", map.Components.Select((c, i) => $"{i + 1} {c.Name} (need {c.Result.Need}, readiness {c.Result.Readiness})")) +
        ". " + NeedReadinessChart.RegionsNote;

    /// <summary>Each component with its verdict, as a one-line summary for link previews.</summary>
    public static string Summary(SystemMapResponse map) => string.Join("; ", map.Components.Select(c => $"{c.Name}: {c.Result.Verdict.Title}"));

    private static string Spikes(int count, int toRust) => (count, toRust) switch
    {
        (1, 1) => "It goes after a time-boxed spike",
        (1, _) => "One of them after a time-boxed spike",
        (2, 2) => "Both after a time-boxed spike",
        (var n, var all) when n == all => $"All {n} after a time-boxed spike",
        (var n, _) => $"{n} of them after a time-boxed spike",
    };

    private static string Rest(int count) => count == 1 ? "The other one stays where it is" : $"The other {count} stay where they are";

    private static string VerdictTitle(string id, DecisionContent content) => content.Verdicts.FirstOrDefault(v => v.Id == id)?.Title ?? id;
}
