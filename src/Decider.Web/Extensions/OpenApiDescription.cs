using System.Text.Json.Nodes;
using Decider.Web.Assessments;
using Decider.Web.Content;
using Decider.Web.Evaluate;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Decider.Web.Extensions;

/// <summary>
/// Completes the generated OpenAPI document so that a client generator gets usable types: answers as a map of an
/// option id or a list of option ids, verdict ids as an enum, the owner-key header where a route needs it, a 4XX
/// problem response on every operation, and the document's licence, tags and server.
/// </summary>
public static class OpenApiDescription
{
    public const string OwnerKey = "ownerKey";

    /// <summary>Marks an endpoint that needs the owner key (today's delete token) in its header.</summary>
    public sealed record RequiresOwnerKey;

    private static readonly Dictionary<string, string> Tags = new()
    {
        ["Evaluate"] = "A verdict for a set of answers, without saving anything.",
        ["Assessments"] = "Saved assessments: immutable once saved; a revision is a new one.",
        ["Reports"] = "A saved assessment as a PDF report or a Markdown architecture decision record.",
        ["Operations"] = "Whether the app, its content and its database are usable.",
    };

    public static IServiceCollection AddDeciderOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer(Describe);
            options.AddOperationTransformer(Describe);
            options.AddSchemaTransformer(Describe);
        });

    private static Task Describe(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Decider";
        document.Info.Description = "Whether a component of your system should be written in Rust, with the reasons, sources and advice behind the verdict.";
        document.Info.License = new OpenApiLicense { Name = "Proprietary: all rights reserved by the Decider team", Identifier = "LicenseRef-Proprietary" };
        document.Info.Contact = new OpenApiContact { Name = "The Decider team" };
        var publicBase = context.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<DeciderOptions>>().Value.PublicBaseUrl;
        document.Servers = publicBase is not null
            ? [new OpenApiServer { Url = publicBase.TrimEnd('/') }]
            : [.. (document.Servers ?? []).Select(s => new OpenApiServer { Url = s.Url?.TrimEnd('/'), Description = s.Description })];
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[OwnerKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = AssessmentsApi.DeleteTokenHeader,
            Description = "The owner key returned once when the assessment was saved (as deleteToken).",
        };
        // Every route is public unless it says otherwise: an empty requirement is "no credentials needed".
        document.Security = [new OpenApiSecurityRequirement()];
        return Task.CompletedTask;
    }

    private static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= new OpenApiResponses();
        if (!operation.Responses.Keys.Any(code => code.StartsWith('4')))
        {
            operation.Responses["4XX"] = new OpenApiResponse
            {
                Description = "The request was refused; the problem details say why.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
                },
            };
        }
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiresOwnerKey>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(OwnerKey, context.Document)] = [] }];
        }
        return Task.CompletedTask;
    }

    private static Task Describe(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is not { } properties)
        {
            return Task.CompletedTask;
        }
        if (type == typeof(EvaluateRequest) || type == typeof(SaveAssessmentRequest) || type == typeof(AssessmentResponse))
        {
            properties["answers"] = Answers();
        }
        if (type == typeof(ChangeResponse))
        {
            properties["from"] = Answer("The answer before the change; null when the question was left open.");
            properties["to"] = Answer("The answer after the change.");
        }
        var verdictProperty = type == typeof(VerdictResponse) ? "id"
            : type == typeof(CounterfactualResponse) || type == typeof(OutcomeResponse) ? "verdict"
            : null;
        if (verdictProperty is not null)
        {
            var content = context.ApplicationServices.GetRequiredService<ContentStore>().Content;
            properties[verdictProperty] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "A verdict id.",
                Enum = [.. content.Verdicts.Select(v => (JsonNode)JsonValue.Create(v.Id))],
            };
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema Answers() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Question id → option id for a single-choice question, or a list of option ids for a multi-choice one ([] for none of these). A question left out, or null, is \"I don't know yet\".",
        AdditionalProperties = Answer(null),
    };

    private static OpenApiSchema Answer(string? description) => new()
    {
        Description = description,
        OneOf =
        [
            new OpenApiSchema { Type = JsonSchemaType.String },
            new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            new OpenApiSchema { Type = JsonSchemaType.Null },
        ],
    };
}
