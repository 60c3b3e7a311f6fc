using Decider.Web.Assessments;

namespace Decider.Web.Tests.Assessments;

public sealed class ReasonChangesTests
{
    private static ReportReason Reason(string id, string direction, int weight) => new(id, direction, weight, $"{id} text", [], []);

    [Fact]
    public void Between_TwoResults_GivesGainedLostAndReweightedWithDirectionChanges()
    {
        var then = new[] { Reason("kept", "for", 5), Reason("heavier", "for", 5), Reason("turned", "for", 4), Reason("gone", "against", 3) };
        var now = new[] { Reason("kept", "for", 5), Reason("heavier", "for", 9), Reason("turned", "against", 4), Reason("new", "for", 2) };

        var changes = ReasonChanges.Between(then, now);

        Assert.Equal<ReasonChange>([new ReasonChange("new", "for", "new text", null, 2)], changes.Gained);
        Assert.Equal<ReasonChange>([new ReasonChange("gone", "against", "gone text", 3, null)], changes.Lost);
        Assert.Equal<ReasonChange>(
            [new ReasonChange("heavier", "for", "heavier text", 5, 9), new ReasonChange("turned", "against", "turned text", 4, 4, DirectionThen: "for")],
            changes.Reweighted);
    }
}
