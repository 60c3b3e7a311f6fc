using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;

namespace Decider.Web.Extensions;

/// <summary>The most a JSON request body to an endpoint may hold, as endpoint metadata.</summary>
public sealed record JsonBodyLimit(int Bytes)
{
    public static readonly JsonBodyLimit Default = new(64 * 1024);
}

/// <summary>A request body that cannot become the endpoint's request record, with the problem response that says why.</summary>
public sealed class RequestBodyProblem(IResult problem) : Exception("The request body was refused.")
{
    public IResult Problem { get; } = problem;
}

/// <summary>
/// Binds a JSON request body to a typed request record, the same way for every endpoint: JSON content type (else 415),
/// the endpoint's <see cref="JsonBodyLimit"/> (else 413), well-formed JSON (else 400 with where it broke), then the
/// record's shape with unknown fields and repeated keys refused (else 400 keyed by the field). What the record then
/// says is checked by its FluentValidation rules (<see cref="ValidateBody{T}"/>).
/// </summary>
public static class JsonRequests
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        NumberHandling = JsonNumberHandling.Strict,
        // Choices such as a metric's direction are their camelCase names; a number in their place is refused.
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static async ValueTask<T?> BindAsync<T>(HttpContext context) where T : class
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            throw new RequestBodyProblem(TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the body as JSON with the header 'Content-Type: application/json'."));
        }
        var limit = (context.GetEndpoint()?.Metadata.GetMetadata<JsonBodyLimit>() ?? JsonBodyLimit.Default).Bytes;
        using var document = Parse(await ReadAsync(request, limit, context.RequestAborted));
        try
        {
            return document.RootElement.Deserialize<T>(Strict)
                ?? throw Invalid<T>("body", $"The body must be a JSON object with the fields {Fields(typeof(T))}.");
        }
        catch (JsonException e)
        {
            var (key, message) = Describe<T>(e);
            throw Invalid<T>(key, message);
        }
    }

    /// <summary>
    /// A JSON body bound and validated as <see cref="BindAsync{T}"/> and <see cref="ValidateBody{T}"/> do, with the
    /// problems that can answer it (400, 413, 415) in the OpenAPI document.
    /// </summary>
    public static RouteHandlerBuilder AcceptsJsonBody<T>(this RouteHandlerBuilder endpoint, string title, string detail) where T : class =>
        endpoint.WithMetadata(JsonBodyLimit.Default)
            .ValidateBody<T>(title, detail)
            .Accepts<T>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Adds the rules of the request record's validator; a body they refuse gets a 400 with every problem keyed by its field.</summary>
    public static RouteHandlerBuilder ValidateBody<T>(this RouteHandlerBuilder endpoint, string title, string detail) where T : class =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var body = context.Arguments.OfType<T>().Single();
            var validator = context.HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
            var check = await validator.ValidateAsync(body, context.HttpContext.RequestAborted);
            return check.IsValid ? await next(context) : TypedResults.ValidationProblem(check.ToDictionary(), title: title, detail: detail);
        });

    private static async Task<byte[]> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw TooLarge(limit);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static JsonDocument Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, position {e.BytePositionInLine + 1})" : "";
            throw new RequestBodyProblem(TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON",
                detail: $"The body could not be read as JSON{where}. Send an object such as {{\"answers\": {{\"lifespan\": \"long-lived\"}}}}."));
        }
    }

    /// <summary>
    /// Which field a shape error is about, and what it should have been, from the JSON path the serializer reports;
    /// a field inside a list of request records is keyed by its place, such as "components[2].name".
    /// </summary>
    private static (string Key, string Message) Describe<T>(JsonException e)
    {
        var path = (e.Path ?? "$").Split('.', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        if (path.Length == 0)
        {
            return ("body", $"The body must be a JSON object with the fields {Fields(typeof(T))}.");
        }
        var type = typeof(T);
        for (var depth = 0; ; depth++)
        {
            var segment = path[depth];
            var field = segment.Split('[')[0];
            var key = string.Join('.', path.Take(depth + 1));
            var property = Members(type).FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == field);
            if (property is null)
            {
                return (key, $"There is no field '{field}' here; the fields are {Fields(type)}.");
            }
            if (depth + 1 < path.Length && segment.Contains('[') && ItemRecord(property.PropertyType) is { } item)
            {
                type = item;
                continue;
            }
            if (e.Message.StartsWith("Duplicate", StringComparison.Ordinal))
            {
                return depth + 1 < path.Length
                    ? (path[depth + 1], $"Question '{path[depth + 1]}' is answered more than once.")
                    : (key, $"{Label(field)} is given more than once.");
            }
            return (key, $"{Label(field)} must be {property.GetCustomAttribute<JsonShapeAttribute>()?.Shape ?? "text"}.");
        }
    }

    /// <summary>The request record a list field holds, such as a system's components; null for any other field.</summary>
    private static Type? ItemRecord(Type type) =>
        type.IsGenericType && type.GetGenericArguments() is [var item] && Members(item).Any(p => p.GetCustomAttribute<JsonShapeAttribute>() is not null)
            ? item
            : null;

    private static string Fields(Type type) =>
        string.Join(", ", Members(type).Select(p => $"'{JsonNamingPolicy.CamelCase.ConvertName(p.Name)}'"));

    /// <summary>The fields a request record is made from: the properties its constructor sets, in its order.</summary>
    private static IEnumerable<PropertyInfo> Members(Type type) =>
        type.GetConstructors() is [var constructor] ? constructor.GetParameters().Select(p => type.GetProperty(p.Name!)!) : [];

    /// <summary>"revisitBy" as a person says it: "Revisit by".</summary>
    private static string Label(string field) =>
        char.ToUpperInvariant(field[0]) + string.Concat(field[1..].Select(c => char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));

    // Only a request that carries answers speaks of them.
    private static RequestBodyProblem Invalid<T>(string key, string message) =>
        new(TypedResults.ValidationProblem(new Dictionary<string, string[]> { [key] = [message] }, title: "The request is not valid",
            detail: Members(typeof(T)).Any(p => p.Name == "Answers")
                ? "Fix the fields listed under 'errors'; answer errors are keyed by question id."
                : "Fix the fields listed under 'errors'."));

    private static RequestBodyProblem TooLarge(int limit) =>
        new(TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large",
            detail: $"Request bodies may be at most {limit / 1024} KB."));
}

/// <summary>What a field of a request record must be, as a person reads it: "an object mapping question ids to option ids".</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class JsonShapeAttribute(string shape) : Attribute
{
    public string Shape { get; } = shape;
}

/// <summary>Writes the problem of a refused request body instead of letting it become a server error.</summary>
public sealed class RequestBodyProblemHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not RequestBodyProblem refused)
        {
            return false;
        }
        await refused.Problem.ExecuteAsync(httpContext);
        return true;
    }
}
