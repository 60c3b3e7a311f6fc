namespace Decider.Core.Content.Loading;

/// <summary>Collects errors while reading so that an author sees them all at once.</summary>
internal sealed class ContentErrors
{
    private readonly List<ContentError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<ContentError> All => _errors;

    public void Add(string file, int line, string message) => _errors.Add(new ContentError(file, line, message));

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new ContentException(_errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line));
        }
    }
}
