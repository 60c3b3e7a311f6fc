using Decider.Core.Content.Loading;

namespace Decider.Web.Content;

/// <summary>The decision content the app serves, and the engine built from it.</summary>
public sealed class ContentStore(DecisionEngine engine)
{
    public DecisionEngine Engine { get; } = engine;

    public DecisionContent Content => Engine.Content;

    public static ContentStore Load(string directory) => new(new DecisionEngine(ContentLoader.LoadDirectory(directory)));
}
