namespace Decider.Web.Shared;

/// <summary>A labelled point on the need × readiness chart.</summary>
public sealed record ChartPoint(string Label, int Need, int Readiness);
