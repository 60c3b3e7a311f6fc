using Decider.Web.Content;

namespace Decider.Web.Tests;

/// <summary>
/// The small invented content in tests/TestContent that tests of the pages run on, so that an author editing the
/// shipped content never breaks a test of how the pages behave.
/// </summary>
public static class TestContent
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "test-content");

    public static ContentStore Store { get; } = ContentStore.Load(Directory);
}
