using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Decider.Web.Assessments;

/// <summary>Unguessable ids and delete tokens, and the checks on them.</summary>
public static class AssessmentIds
{
    /// <summary>128 random bits, URL-safe base64 without padding: 22 characters.</summary>
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>256 random bits; only its hash is stored.</summary>
    public static string NewDeleteToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool TokenMatches(string? token, byte[] storedHash) =>
        !string.IsNullOrEmpty(token) && token.Length <= 128 && CryptographicOperations.FixedTimeEquals(Hash(token), storedHash);

    /// <summary>Whether <paramref name="id"/> could be an id at all; anything else is answered 404 without a query.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: 22 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
