namespace Resolint.Core.Corpus;

/// <summary>
/// What the corpus shows about one convention, and where: "Preambular opener "Recalling"" — "used 17 times
/// in 5 files" — seen at seeds/A-RES-68-171.txt:6, …
/// </summary>
public sealed record Evidence(string Subject, string Summary, IReadOnlyList<SourceRef> Seen)
{
    /// <summary>The evidence as lines for a terminal or a hover: the subject and summary, then up to <paramref name="maxPlaces"/> places.</summary>
    public IReadOnlyList<string> ToLines(int maxPlaces = 5)
    {
        var lines = new List<string> { $"{Subject}: {Summary}" };
        lines.AddRange(Seen.Take(maxPlaces).Select(place => $"  seen at {place}"));
        if (Seen.Count > maxPlaces)
        {
            lines.Add($"  … and {Seen.Count - maxPlaces} more");
        }

        return lines;
    }

    public override string ToString() => string.Join(Environment.NewLine, ToLines());
}
