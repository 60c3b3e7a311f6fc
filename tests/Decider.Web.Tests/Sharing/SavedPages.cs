using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Decider.Web.Tests.Sharing;

/// <summary>Saving through the API and reading back what the share page, PDF and ADR say.</summary>
public static class SavedPages
{
    public static async Task<JsonElement> SaveAsync(HttpClient client, string json)
    {
        var response = await client.PostAsync("/api/v1/assessments", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The PDF's text in drawing order, on single spaces.</summary>
    public static async Task<string> PdfTextAsync(HttpClient client, string id)
    {
        var response = await client.GetAsync($"/a/{id}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return Normalise(string.Join("\n", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))));
    }

    /// <summary>PDF text extraction splits words and lines at layout boundaries; compare on single spaces.</summary>
    public static string Normalise(string text) => string.Join(" ", text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
