namespace Resolint.Accuracy.Slips;

/// <summary>
/// One kind of slip a careful editor catches: the rules expected to report it, and where it can be injected
/// into a text (every place; an empty list where the text offers none, e.g. footnote slips in a text
/// without footnotes). A draft-level slip is caught when its rule fires anywhere it did not before; any other,
/// when its rule reports on the slip's lines.
/// </summary>
public sealed record SlipKind(string Id, string Description, IReadOnlyList<string> Rules, Func<Layout, IReadOnlyList<SlipPlace>> Places)
{
    public bool DraftLevel { get; init; }

    /// <summary>Only Markdown texts can hold this slip (italics).</summary>
    public bool MarkdownOnly { get; init; }

    public override string ToString() => Id;
}
