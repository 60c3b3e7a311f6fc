using FluentValidation;

namespace Decider.Web.Assessments;

/// <summary>What a person types when saving: a title and optional notes.</summary>
public sealed record AssessmentDetails(string? Title, string? Notes);

/// <summary>The same rules for the API and the wizard's save form.</summary>
public sealed class AssessmentDetailsValidator : AbstractValidator<AssessmentDetails>
{
    public const int MaxTitle = 200;
    public const int MaxNotes = 10_000;

    public AssessmentDetailsValidator()
    {
        // Errors are keyed by the JSON field names, which the API reports them under.
        RuleFor(d => d.Title).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("'title' is required: name the component being assessed")
            .Must(t => t!.Trim().Length <= MaxTitle).WithMessage($"'title' may be at most {MaxTitle} characters")
            .OverridePropertyName("title");
        RuleFor(d => d.Notes)
            .Must(n => n is null || n.Trim().Length <= MaxNotes).WithMessage($"'notes' may be at most {MaxNotes:N0} characters")
            .OverridePropertyName("notes");
    }
}
