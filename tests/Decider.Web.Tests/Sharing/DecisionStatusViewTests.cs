using Bunit;
using Decider.Web.Assessments;
using Decider.Web.Sharing;
using Decider.Web.Tests.Wizard;

namespace Decider.Web.Tests.Sharing;

public sealed class DecisionStatusViewTests : WizardTestContext
{
    private static AssessmentStatusChange Change(DecisionStatus status, string by, int day, string? supersededBy = null) => new()
    {
        Id = $"c{day}", AssessmentId = "a", Status = status, By = by, On = new DateOnly(2026, 12, day), SupersededById = supersededBy,
        RecordedAt = new DateTime(2026, 12, day, 0, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void Render_NoSignOff_IsProposedWithALinkToSignOff()
    {
        var cut = Render<DecisionStatusView>(p => p.Add(c => c.AssessmentId, "a").Add(c => c.History, []).Add(c => c.ShowSignOff, true));

        Assert.Equal("Proposed", cut.Find(".status-badge").TextContent);
        Assert.Contains("Not signed off yet.", cut.Markup);
        Assert.Equal("/a/a/sign-off", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Render_History_ShowsTheLatestAndEveryEarlierSignOff()
    {
        var cut = Render<DecisionStatusView>(p => p.Add(c => c.AssessmentId, "a").Add(c => c.ShowSignOff, true)
            .Add(c => c.History, [Change(DecisionStatus.Rejected, "Ana", 1), Change(DecisionStatus.Superseded, "<b>Ben</b>", 2, "rev")]));

        Assert.Equal("Superseded", cut.Find(".status-badge").TextContent);
        Assert.Contains("Superseded by the revision rev — <b>Ben</b>, 2026-12-02", cut.Find(".status-line").TextContent);
        Assert.Equal(2, cut.FindAll(".status-history li").Count);
        Assert.Empty(cut.FindAll("b"));
        // A superseded decision takes no further sign-off.
        Assert.Empty(cut.FindAll("a"));
    }
}
