using System.Text;
using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Decider.Web.Reports;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/a/{id}/report.pdf", PdfAsync).WithName("AssessmentPdf").WithSummary("The PDF recommendation report").WithTags("Reports");
        app.MapGet("/a/{id}/adr.md", AdrAsync).WithName("AssessmentAdr").WithSummary("The decision as a Markdown ADR (MADR)").WithTags("Reports");
        return app;
    }

    public static async Task<IResult> PdfAsync(string id, HttpRequest request, DeciderDbContext db, AssessmentStatuses statuses, ContentStore store,
        TimeProvider time, IOptions<DeciderOptions> options, CancellationToken cancellationToken) =>
        await RenderAsync(id, request, db, statuses, options.Value, cancellationToken, (assessment, report, history, link) =>
            TypedResults.File(new AssessmentReport(assessment, report, TodaysResult.Of(assessment, report, store.Engine), history,
                DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), link).Render(), "application/pdf", $"decider-{assessment.Id}.pdf"));

    public static async Task<IResult> AdrAsync(string id, HttpRequest request, DeciderDbContext db, AssessmentStatuses statuses,
        IOptions<DeciderOptions> options, CancellationToken cancellationToken) =>
        await RenderAsync(id, request, db, statuses, options.Value, cancellationToken, (assessment, report, history, link) =>
            TypedResults.File(Encoding.UTF8.GetBytes(AdrDocument.Write(assessment, report, history, link)), "text/markdown; charset=utf-8", $"decider-{assessment.Id}.md"));

    /// <summary>
    /// Finds the assessment and hands it, its saved report, its sign-off history and its share link to
    /// <paramref name="render"/>; 404 when there is none.
    /// </summary>
    private static async Task<IResult> RenderAsync(string id, HttpRequest request, DeciderDbContext db, AssessmentStatuses statuses, DeciderOptions options,
        CancellationToken cancellationToken, Func<Assessment, SavedReport, IReadOnlyList<AssessmentStatusChange>, string, IResult> render) =>
        await SavedAssessments.FindAsync(db, id, cancellationToken) is { } assessment
            ? render(assessment, SavedReport.Of(assessment), await statuses.HistoryAsync(assessment.Id, cancellationToken),
                Extensions.PublicLinks.For(request, options, $"/a/{assessment.Id}"))
            : SavedAssessments.NotFound();
}
