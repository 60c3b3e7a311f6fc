using System.Globalization;
using System.Reflection;
using Decider.Web.Extensions;
using FluentValidation;

namespace Decider.Web.Spikes;

/// <summary>The body of POST /api/v1/spikes/{id}/check-ins: one measured value.</summary>
public sealed record CheckInRequest(
    [property: JsonShape("the name of one of the plan's metrics")] string? Metric,
    [property: JsonShape("a date written as yyyy-MM-dd")] string? On,
    [property: JsonShape("a number")] double? Value,
    [property: JsonShape("text")] string? Note = null)
    : IBindableFromHttpContext<CheckInRequest>
{
    public static ValueTask<CheckInRequest?> BindAsync(HttpContext context, ParameterInfo parameter) => JsonRequests.BindAsync<CheckInRequest>(context);

    public DateOnly Day => DateOnly.ParseExact(On!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What a check-in must be on its own; whether the metric is the plan's is checked against the plan.</summary>
public sealed class CheckInRequestValidator : AbstractValidator<CheckInRequest>
{
    public const int MaxNote = 500;
    public const int MaxCheckIns = 500;

    public CheckInRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Metric).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Metric is required: the name of one of the plan's metrics.")
            .OverridePropertyName("metric");
        RuleFor(r => r.On).Cascade(CascadeMode.Stop)
            .Must(s => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithMessage("On must be the day it was measured, written as yyyy-MM-dd.")
            .Must(s => DateOnly.ParseExact(s!, "yyyy-MM-dd", CultureInfo.InvariantCulture) <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
            .WithMessage("On may not be in the future: a check-in records a value already measured.")
            .OverridePropertyName("on");
        RuleFor(r => r.Value).Must(v => v is { } value && double.IsFinite(value)).WithMessage("Value is required: the measured figure, a finite number.")
            .OverridePropertyName("value");
        RuleFor(r => r.Note).Must(n => n is null || n.Trim().Length <= MaxNote).WithMessage($"Note may be at most {MaxNote} characters.")
            .OverridePropertyName("note");
    }
}
