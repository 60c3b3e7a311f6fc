using Decider.Core.Spikes;

namespace Decider.Core.Tests.Spikes;

/// <summary>
/// The end review of product-teams' spike: "Decide up front what makes you stop, continue, or roll back", then
/// apply those rules exactly as written to the numbers the team recorded.
/// </summary>
public sealed class SpikeReviewTests
{
    private static readonly DateOnly Start = new(2027, 1, 4);

    private static readonly SpikeMetric Crashes = new("Crash rate", "crashes per week", 12, 3, MetricDirection.LowerIsBetter);
    private static readonly SpikeMetric Throughput = new("Files parsed", "files per minute", 40, 60, MetricDirection.HigherIsBetter);

    private static SpikePlan Plan(params SpikeRule[] rules) =>
        new("File parser", "Takes an upload, returns parsed rows", "Ana and Ben", Start, 6, [Crashes, Throughput], [.. rules]);

    private static readonly SpikeRule[] Written =
    [
        new(SpikeOutcome.RollBack, RuleCondition.AnyWorseThanBaseline),
        new(SpikeOutcome.Continue, RuleCondition.AllTargetsMet),
        new(SpikeOutcome.Stop, RuleCondition.NoTargetMet),
    ];

    [Fact]
    public void EveryTargetMet_AtTheBoundary_FiresContinue()
    {
        var review = SpikeReview.Of(Plan(Written), [new("Crash rate", Start.AddDays(20), 3), new("Files parsed", Start.AddDays(20), 60)]);

        Assert.Equal(SpikeOutcome.Continue, review.Fired?.Outcome);
        Assert.Equal("Every metric meets its target: Crash rate 3 crashes per week (baseline 12, target 3); Files parsed 60 files per minute (baseline 40, target 60).", review.Why);
    }

    [Fact]
    public void JustShortOfTheTarget_IsNotMet()
    {
        var review = SpikeReview.Of(Plan(Written), [new("Crash rate", Start, 3.01), new("Files parsed", Start, 60)]);

        Assert.False(review.Metrics[0].MeetsTarget);
        Assert.Null(review.Fired);
    }

    [Fact]
    public void WorseThanBaseline_FiresTheFirstRuleWritten_EvenWhenAnotherHoldsToo()
    {
        // Both "roll back" and "stop" hold; roll back was written first.
        var review = SpikeReview.Of(Plan(Written), [new("Crash rate", Start, 13), new("Files parsed", Start, 50)]);

        Assert.Equal(SpikeOutcome.RollBack, review.Fired?.Outcome);
        Assert.StartsWith("Crash rate is worse than the baseline: Crash rate 13 crashes per week", review.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void AtTheBaseline_IsNotWorse()
    {
        var review = SpikeReview.Of(Plan(Written), [new("Crash rate", Start, 12), new("Files parsed", Start, 40)]);

        Assert.Equal(SpikeOutcome.Stop, review.Fired?.Outcome);
    }

    [Fact]
    public void LatestCheckInCounts_ByDateThenByOrderRecorded()
    {
        var review = SpikeReview.Of(Plan(Written), [
            new("Crash rate", Start.AddDays(14), 2), new("Crash rate", Start.AddDays(7), 20),
            new("Files parsed", Start.AddDays(14), 10), new("Files parsed", Start.AddDays(14), 70)]);

        Assert.Equal(2, review.Metrics[0].Latest!.Value);
        Assert.Equal(70, review.Metrics[1].Latest!.Value);
        Assert.Equal(SpikeOutcome.Continue, review.Fired?.Outcome);
    }

    [Fact]
    public void MissingCheckIn_LetsNoRuleFireOnIt_AndSaysWhich()
    {
        var review = SpikeReview.Of(Plan(Written), [new("Crash rate", Start, 2)]);

        Assert.Null(review.Fired);
        Assert.False(review.Metrics[1].Measured);
        Assert.Equal("No rule fired: Files parsed has no check-in yet.", review.Why);
    }

    [Fact]
    public void NoCheckInsAtAll_FireNothing()
    {
        var review = SpikeReview.Of(Plan(Written), []);

        Assert.Null(review.Fired);
        Assert.Equal("No rule fired: Crash rate and Files parsed have no check-in yet.", review.Why);
    }

    [Fact]
    public void NoRuleMatching_LeavesTheDecisionToTheTeam()
    {
        var review = SpikeReview.Of(Plan(Written), [new("Crash rate", Start, 2), new("Files parsed", Start, 50)]);

        Assert.Null(review.Fired);
        Assert.Equal("No rule fired: the numbers match none of the rules written before the spike, so the team decides.", review.Why);
    }

    [Theory]
    [InlineData(-1, SpikeState.NotStarted)]
    [InlineData(0, SpikeState.Running)]
    [InlineData(41, SpikeState.Running)]
    [InlineData(42, SpikeState.PastTimeBox)]
    public void State_FollowsTheTimeBox(int days, SpikeState state)
    {
        Assert.Equal(state, Plan(Written).StateOn(Start.AddDays(days), ended: false));
        Assert.Equal(SpikeState.Ended, Plan(Written).StateOn(Start.AddDays(days), ended: true));
    }
}
