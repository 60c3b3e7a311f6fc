using System.Globalization;
using FluentValidation;

namespace Decider.Web.Assessments;

/// <summary>
/// What a person types when saving: a title, optional notes and an optional "revisit by" date as the
/// ISO calendar date (yyyy-MM-dd) that a date input and the API both send.
/// </summary>
public interface IAssessmentDetails
{
    string? Title { get; }

    string? Notes { get; }

    string? RevisitBy { get; }
}

public sealed record AssessmentDetails(string? Title, string? Notes, string? RevisitBy = null) : IAssessmentDetails
{
    public DateOnly? RevisitByDate => DateOf(RevisitBy);

    public static DateOnly? DateOf(string? revisitBy) =>
        DateOnly.TryParseExact(revisitBy, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

/// <summary>The same rules for the API and the wizard's save form.</summary>
public sealed class AssessmentDetailsValidator : AbstractValidator<IAssessmentDetails>
{
    public const int MaxTitle = 200;
    public const int MaxNotes = 10_000;
    public const int MaxRevisitYears = 10;

    /// <param name="time">Gives today's UTC date: a revisit date may be today or later, up to <see cref="MaxRevisitYears"/> years on.</param>
    /// <param name="named">What the title names, for the message when it is missing.</param>
    public AssessmentDetailsValidator(TimeProvider time, string named = "the component being assessed")
    {
        // Errors are keyed by the JSON field names, which the API reports them under.
        RuleFor(d => d.Title).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage($"Title is required: name {named}.")
            .Must(t => t!.Trim().Length <= MaxTitle).WithMessage(d => $"Title may be at most {MaxTitle} characters; this one has {d.Title!.Trim().Length}.")
            .OverridePropertyName("title");
        RuleFor(d => d.Notes)
            .Must(n => n is null || n.Trim().Length <= MaxNotes).WithMessage(d => $"Notes may be at most {MaxNotes:N0} characters; these have {d.Notes!.Trim().Length:N0}.")
            .OverridePropertyName("notes");
        RuleFor(d => d.RevisitBy).Cascade(CascadeMode.Stop)
            .Must(r => string.IsNullOrEmpty(r) || AssessmentDetails.DateOf(r) is not null)
            .WithMessage("Revisit by must be a date written as yyyy-MM-dd, such as 2027-03-31.")
            .Must(r => AssessmentDetails.DateOf(r) is not { } date || IsAhead(date, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)))
            .WithMessage($"Revisit by must be today or a later date, at most {MaxRevisitYears} years ahead.")
            .OverridePropertyName("revisitBy");
    }

    private static bool IsAhead(DateOnly date, DateOnly today) => date >= today && date <= today.AddYears(MaxRevisitYears);
}
