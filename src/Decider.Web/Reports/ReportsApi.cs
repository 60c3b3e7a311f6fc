using System.Globalization;
using System.Text;
using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Decider.Web.Reports;

/// <summary>
/// The PDF and the ADR of a saved assessment. Both answer GET (and HEAD, see HeadRequests) with an ETag built from everything that can
/// change them (the saved assessment never does; its sign-offs, today's content, the date and the public address can),
/// so a conditional GET gets 304, and a public Cache-Control lets browsers, unfurlers and a CDN keep them. They keep them
/// as no-cache, asking each time with the ETag: a sign-off or a deletion then shows at once, and asking costs a 304.
/// A missing one answers with a bare 404, which a person's browser shows as the not-found page.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/a/{id}/report.pdf", PdfAsync).WithName("AssessmentPdf").WithSummary("The PDF recommendation report").WithTags("Reports");
        app.MapGet("/a/{id}/adr.md", AdrAsync).WithName("AssessmentAdr").WithSummary("The decision as a Markdown ADR (MADR)").WithTags("Reports");
        app.MapGet("/s/{id}/components/{number:int}/adr.md", ComponentAdrAsync).WithName("ComponentAdr")
            .WithSummary("The decision for a component of a saved system that goes to Rust, as a Markdown ADR (MADR)").WithTags("Reports");
        app.MapGet("/s/{id}/report.pdf", SystemPdfAsync).WithName("SystemPdf").WithSummary("The PDF of a saved system: the map, then a page per component").WithTags("Reports");
        return app;
    }

    public static async Task<IResult> PdfAsync(string id, HttpContext http, DeciderDbContext db, AssessmentStatuses statuses, ContentStore store,
        TimeProvider time, IOptions<DeciderOptions> options, CancellationToken cancellationToken) =>
        await RenderAsync(id, http, db, statuses, options.Value, time, store.Content.Version, cancellationToken, (assessment, report, history, spike, link) =>
            Inline(http, FileName(assessment, "pdf"), Pdf(new AssessmentReport(assessment, report, TodaysResult.Of(assessment, report, store.Engine), history,
                DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), link, spike).Render())));

    public static async Task<IResult> AdrAsync(string id, HttpContext http, DeciderDbContext db, AssessmentStatuses statuses, ContentStore store,
        TimeProvider time, IOptions<DeciderOptions> options, CancellationToken cancellationToken) =>
        await RenderAsync(id, http, db, statuses, options.Value, time, store.Content.Version, cancellationToken, (assessment, report, history, spike, link) =>
            Inline(http, FileName(assessment, "md"), Markdown(AdrDocument.Write(assessment, report, history, link, spike, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)))));

    public static async Task<IResult> SystemPdfAsync(string id, HttpContext http, DeciderDbContext db, ContentStore store, TimeProvider time,
        IOptions<DeciderOptions> options, CancellationToken cancellationToken)
    {
        if (await Systems.SavedSystems.FindAsync(db, id, cancellationToken) is not { } system)
        {
            return TypedResults.NotFound();
        }
        var link = Extensions.PublicLinks.For(http.Request, options.Value, $"/s/{system.Id}");
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var etag = Extensions.Revalidation.Mark(http.Response, $"{system.Id}|{store.Content.Version}|{today:O}|{link}");
        if (Extensions.Revalidation.ClientHas(http.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        var (team, components) = system.ToSystem(store.Content);
        var todaysMap = system.ContentVersion == store.Content.Version ? null : Core.Systems.SystemMap.Evaluate(store.Engine, team, components);
        return Inline(http, FileName(system.Title, system.Id, "pdf"), Pdf(new SystemReport(system, store.Content, todaysMap, today, link).Render()));
    }

    public static async Task<IResult> ComponentAdrAsync(string id, int number, HttpContext http, DeciderDbContext db, ContentStore store,
        IOptions<DeciderOptions> options, CancellationToken cancellationToken)
    {
        if (await Systems.SavedSystems.FindAsync(db, id, cancellationToken) is not { } system
            || number < 1 || number > system.Map.Components.Length || !ComponentAdr.Applies(system.Map.Components[number - 1]))
        {
            return TypedResults.NotFound();
        }
        var link = Extensions.PublicLinks.For(http.Request, options.Value, $"/s/{system.Id}");
        var etag = Extensions.Revalidation.Mark(http.Response, $"{system.Id}|{number}|{store.Content.Version}|{link}");
        if (Extensions.Revalidation.ClientHas(http.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return Inline(http, FileName(system.Map.Components[number - 1].Name, $"{system.Id}-{number}", "md"), Markdown(ComponentAdr.Write(system, number, store.Content, link)));
    }

    /// <summary>
    /// "invoice-import-worker-decider.pdf": the title's letters and digits, in any script, so the saved file says what
    /// it is (the header carries them in UTF-8, with an ASCII fallback for old clients).
    /// </summary>
    public static string FileName(Assessment assessment, string extension) => FileName(assessment.Title, assessment.Id, extension);

    private static string FileName(string title, string id, string extension)
    {
        var words = new string([.. title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
        var slug = string.Join('-', words.Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
        return $"{(slug.Length == 0 ? id : slug)}-decider.{extension}";
    }

    /// <summary>The stream goes back to its pool once the response is sent.</summary>
    private static IResult Pdf(Stream pdf) => TypedResults.Stream(pdf, "application/pdf");

    private static IResult Markdown(string markdown) => TypedResults.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8");

    private static IResult Inline(HttpContext http, string fileName, IResult body)
    {
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(fileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return body;
    }

    /// <summary>
    /// Finds the assessment and hands it, its saved report, its sign-off history and its share link to
    /// <paramref name="render"/>; 304 when the client has this version already; a bare 404 when there is none.
    /// </summary>
    private static async Task<IResult> RenderAsync(string id, HttpContext http, DeciderDbContext db, AssessmentStatuses statuses, DeciderOptions options,
        TimeProvider time, string contentVersion, CancellationToken cancellationToken,
        Func<Assessment, SavedReport, IReadOnlyList<AssessmentStatusChange>, Spikes.SpikeSummary?, string, IResult> render)
    {
        if (await SavedAssessments.FindAsync(db, id, cancellationToken) is not { } assessment)
        {
            return TypedResults.NotFound();
        }
        var history = await statuses.HistoryAsync(assessment.Id, cancellationToken);
        var report = SavedReport.Of(assessment);
        var spike = await Spikes.SavedSpikes.LatestForAsync(db, assessment.Id, report.DecidedBySpike, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
            cancellationToken);
        var link = Extensions.PublicLinks.For(http.Request, options, $"/a/{assessment.Id}");
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("O", CultureInfo.InvariantCulture);
        var etag = Extensions.Revalidation.Mark(http.Response, $"{assessment.Id}|{history.Count}|{contentVersion}|{day}|{link}|{spike?.Version}");
        if (Extensions.Revalidation.ClientHas(http.Request, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return render(assessment, report, history, spike, link);
    }
}
