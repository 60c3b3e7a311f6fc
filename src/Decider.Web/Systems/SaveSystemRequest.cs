using System.Reflection;
using System.Text.Json;
using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Decider.Web.Extensions;
using Decider.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Decider.Web.Systems;

/// <summary>The body of POST /api/v1/systems.</summary>
public sealed record SaveSystemRequest(
    [property: JsonShape("text")] string? Title,
    [property: JsonShape(AnswersValidator.Shape)] IReadOnlyDictionary<string, JsonElement>? Team,
    [property: JsonShape(ISystemRequest.ComponentsShape)] IReadOnlyList<SystemComponentRequest?>? Components,
    [property: JsonShape("text")] string? Notes = null,
    [property: JsonShape("the id of a saved system, as text")] string? Revises = null,
    [property: JsonShape("a date written as yyyy-MM-dd, such as 2027-03-31")] string? RevisitBy = null)
    : ISystemRequest, IAssessmentDetails, IBindableFromHttpContext<SaveSystemRequest>
{
    public static ValueTask<SaveSystemRequest?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        JsonRequests.BindAsync<SaveSystemRequest>(context);
}

public sealed class SaveSystemRequestValidator : AbstractValidator<SaveSystemRequest>
{
    /// <summary>What a system's title names, for the message when it is missing.</summary>
    public const string SystemTitle = "the system, such as \u201cBilling platform\u201d";

    public SaveSystemRequestValidator(ContentStore store, DeciderDbContext db, TimeProvider time)
    {
        Include(new AssessmentDetailsValidator(time, SystemTitle));
        Include(new SystemPartsValidator(store));
        RuleFor(r => r.Revises)
            .MustAsync(async (id, cancellationToken) => id is null
                || (AssessmentIds.IsWellFormed(id) && await db.Systems.AnyAsync(s => s.Id == id, cancellationToken)))
            .WithMessage("Revises must be the id of a saved system; no system has that id.")
            .OverridePropertyName("revises");
    }
}
