using System.Reflection;
using System.Text.Json;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Extensions;
using Decider.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Assessments;

/// <summary>The body of POST /api/v1/assessments.</summary>
public sealed record SaveAssessmentRequest(
    [property: JsonShape("text")] string? Title,
    [property: JsonShape(AnswersValidator.Shape)] IReadOnlyDictionary<string, JsonElement>? Answers,
    [property: JsonShape("text")] string? Notes = null,
    [property: JsonShape("the id of a saved assessment, as text")] string? Revises = null,
    [property: JsonShape("a date written as yyyy-MM-dd, such as 2027-03-31")] string? RevisitBy = null)
    : IAnswersRequest, IAssessmentDetails, IBindableFromHttpContext<SaveAssessmentRequest>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public AssessmentDetails Details => new(Title, Notes, RevisitBy);

    public static ValueTask<SaveAssessmentRequest?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        JsonRequests.BindAsync<SaveAssessmentRequest>(context);
}

public sealed class SaveAssessmentRequestValidator : AbstractValidator<SaveAssessmentRequest>
{
    public SaveAssessmentRequestValidator(ContentStore store, DeciderDbContext db, TimeProvider time)
    {
        Include(new AssessmentDetailsValidator(time));
        Include(new AnswersValidator(store));
        RuleFor(r => r.Revises)
            .MustAsync(async (id, cancellationToken) => id is null
                || (AssessmentIds.IsWellFormed(id) && await db.Assessments.AnyAsync(a => a.Id == id, cancellationToken)))
            .WithMessage("Revises must be the id of a saved assessment; no assessment has that id.")
            .OverridePropertyName("revises");
    }
}
