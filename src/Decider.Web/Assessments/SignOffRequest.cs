using System.Globalization;
using System.Reflection;
using Decider.Web.Extensions;
using FluentValidation;

namespace Decider.Web.Assessments;

/// <summary>The body of POST /api/v1/assessments/{id}/status: who signed the decision off, how, and on which date.</summary>
public sealed record SignOffRequest(
    [property: JsonShape("accepted, rejected or superseded")] string? Status,
    [property: JsonShape("text: the approver's name")] string? By,
    [property: JsonShape("a date written as yyyy-MM-dd, such as 2026-12-01")] string? On,
    [property: JsonShape("text")] string? Note = null,
    [property: JsonShape("the id of the revision that replaces this decision, as text")] string? SupersededBy = null)
    : IBindableFromHttpContext<SignOffRequest>
{
    public static readonly DecisionStatus[] Settable = [DecisionStatus.Accepted, DecisionStatus.Rejected, DecisionStatus.Superseded];

    [System.Text.Json.Serialization.JsonIgnore]
    public DecisionStatus? StatusValue => Settable.Cast<DecisionStatus?>().FirstOrDefault(s => AssessmentStatuses.Name(s!.Value) == Status);

    [System.Text.Json.Serialization.JsonIgnore]
    public DateOnly? OnDate => DateOnly.TryParseExact(On, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static ValueTask<SignOffRequest?> BindAsync(HttpContext context, ParameterInfo parameter) => JsonRequests.BindAsync<SignOffRequest>(context);
}

/// <summary>The same rules for the API and the sign-off form; what needs the assessment itself is checked on recording.</summary>
public sealed class SignOffRequestValidator : AbstractValidator<SignOffRequest>
{
    public SignOffRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Status)
            .Must((r, _) => r.StatusValue is not null)
            .WithMessage("Status must be accepted, rejected or superseded; a saved decision starts as proposed.")
            .OverridePropertyName("status");
        RuleFor(r => r.By).Cascade(CascadeMode.Stop)
            .Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("By is required: the name of the person who signs the decision off.")
            .Must(b => b!.Trim().Length <= AssessmentStatuses.MaxName).WithMessage(r => $"By may be at most {AssessmentStatuses.MaxName} characters; this has {r.By!.Trim().Length}.")
            .Must(b => !b!.Any(char.IsControl)).WithMessage("By must be a name on one line.")
            .OverridePropertyName("by");
        RuleFor(r => r.On).Cascade(CascadeMode.Stop)
            .Must((r, _) => r.OnDate is not null).WithMessage("On must be the date of the decision, written as yyyy-MM-dd, such as 2026-12-01.")
            // A day's grace for approvers ahead of UTC.
            .Must((r, _) => r.OnDate <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1)).WithMessage("On cannot be a date in the future.")
            .OverridePropertyName("on");
        RuleFor(r => r.Note)
            .Must(n => n is null || n.Trim().Length <= AssessmentStatuses.MaxNote)
            .WithMessage(r => $"Note may be at most {AssessmentStatuses.MaxNote} characters; this one has {r.Note!.Trim().Length}.")
            .OverridePropertyName("note");
        RuleFor(r => r.SupersededBy)
            .Must((r, s) => (r.StatusValue == DecisionStatus.Superseded) == !string.IsNullOrWhiteSpace(s))
            .WithMessage(r => r.StatusValue == DecisionStatus.Superseded
                ? "Superseded by is required: the id of the revision that replaces this decision."
                : "Superseded by goes only with the status superseded.")
            .OverridePropertyName("supersededBy");
    }
}
