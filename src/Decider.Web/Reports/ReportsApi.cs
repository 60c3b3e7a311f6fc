using System.Text;
using Decider.Web.Assessments;
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

    public static async Task<IResult> PdfAsync(string id, HttpRequest request, DeciderDbContext db, IOptions<DeciderOptions> options, CancellationToken cancellationToken)
    {
        if (await AssessmentsApi.FindAsync(db, id, cancellationToken) is not { } assessment)
        {
            return AssessmentsApi.NotFound();
        }
        var report = SavedReport.Of(assessment);
        var pdf = new AssessmentReport(assessment, report, AssessmentsApi.PublicUrl(request, options.Value, $"/a/{assessment.Id}")).Render();
        return TypedResults.File(pdf, "application/pdf", $"decider-{assessment.Id}.pdf");
    }

    public static async Task<IResult> AdrAsync(string id, HttpRequest request, DeciderDbContext db, IOptions<DeciderOptions> options, CancellationToken cancellationToken)
    {
        if (await AssessmentsApi.FindAsync(db, id, cancellationToken) is not { } assessment)
        {
            return AssessmentsApi.NotFound();
        }
        var report = SavedReport.Of(assessment);
        var markdown = AdrDocument.Write(assessment, report, AssessmentsApi.PublicUrl(request, options.Value, $"/a/{assessment.Id}"));
        return TypedResults.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", $"decider-{assessment.Id}.md");
    }

}
