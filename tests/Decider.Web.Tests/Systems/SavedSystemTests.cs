using Decider.Web.Systems;

namespace Decider.Web.Tests.Systems;

public sealed class SavedSystemTests
{
    private static readonly SavedSystem Uploads = new()
    {
        Id = "AAAAAAAAAAAAAAAAAAAAAA",
        Title = "Uploads",
        TeamJson = """{"reviewers":"one","age":"short"}""",
        ComponentsJson = """[{"name":"Admin","answers":{}},{"name":"Parser","answers":{"age":"lasting"}}]""",
        ResultJson = "{}",
        ContentVersion = "v",
        CreatedAt = DateTime.UnixEpoch,
        DeleteTokenHash = [],
    };

    [Fact]
    public void Component_TakesTheTeamsAnswersUnderItsOwn()
    {
        Assert.Equal(("Parser", """{"reviewers":"one","age":"lasting"}"""), Uploads.Component(2));
        Assert.Equal(("Admin", """{"reviewers":"one","age":"short"}"""), Uploads.Component(1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Component_ThatIsNotThere_IsNull(int number) => Assert.Null(Uploads.Component(number));
}
