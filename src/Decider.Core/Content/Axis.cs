namespace Decider.Core.Content;

/// <summary>
/// The two questions a verdict answers, kept apart as product-teams asks: does this component <see cref="Need"/> what
/// Rust is good at, and can the team carry Rust here now (<see cref="Readiness"/>)? Readiness can hold a case back but
/// never makes one.
/// </summary>
public enum Axis
{
    Need,
    Readiness,
}

/// <summary>
/// Whether a question is a <see cref="Fact"/> about the component, which may change with time but not by choice, or a
/// <see cref="Lever"/> the team can move. Advice of kind "action" moves levers only.
/// </summary>
public enum QuestionRole
{
    Fact,
    Lever,
}

/// <summary>
/// Whether a question is about the <see cref="Component"/> or about the <see cref="Team"/> and its stack (reviewers,
/// hiring, deadline, current stack). A system's team profile answers the team questions once for all components.
/// </summary>
public enum QuestionAbout
{
    Component,
    Team,
}
