using Decider.Core.Content.Loading;

namespace Decider.Web.Content;

/// <summary>
/// `check-content [directory]`: validates decision content without starting the server, printing each
/// problem as `path:line: message` so editors and CI logs can link to it.
/// </summary>
public static class CheckContentCommand
{
    public const string Name = "check-content";

    public static int Run(string directory, TextWriter output, TextWriter error)
    {
        try
        {
            var content = ContentDirectory.Load(directory);
            output.WriteLine($"{directory}: content is valid: {content.Questions.Length} questions in {content.Steps.Length} steps, "
                + $"{content.Rules.Length} rules, {content.Policy.Gates.Length} gates, {content.Verdicts.Length} verdicts, {content.Sources.Length} sources; version {content.Version}");
            return 0;
        }
        catch (ContentException e)
        {
            foreach (var problem in e.Errors)
            {
                error.WriteLine($"{Path.Combine(directory, problem.File)}:{problem.Line}: {problem.Message}");
            }
            error.WriteLine($"{e.Errors.Length} problem(s) found.");
            return 1;
        }
    }
}
