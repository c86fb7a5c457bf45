using Resolint.Core.Drafts;

namespace Resolint.Core.Documents;

/// <summary>The forms a draft can be written in.</summary>
public enum ExportForm
{
    Markdown,
    PlainText,
    Word,
    AkomaNtoso,
}

/// <summary>
/// A draft laid out for writing in another form (Word, Akoma Ntoso, Markdown, plain text): its blocks in document
/// order with the role the parser gave each, their words as runs with italics and footnote markers, and the
/// footnotes. Read from the model once; every writer reads this and nothing else.
/// </summary>
/// <param name="Symbol">"A/RES/68/171", as the draft gives it or derived; null when unknown.</param>
/// <param name="Body">The organ that adopts the draft ("General Assembly").</param>
/// <param name="Number">The resolution's number as it stands before the title ("68/171").</param>
/// <param name="Title">The title, without the number.</param>
/// <param name="AdoptionDate">"18 December 2013", as the draft gives it.</param>
/// <param name="Blocks">The blocks in order: heading lines, organ line, paragraphs, headings, annexes, closing.</param>
/// <param name="Notes">The footnotes, in the order of their numbers.</param>
public sealed record DraftLayout(
    string? Symbol,
    string? Body,
    string? Number,
    string? Title,
    string? AdoptionDate,
    IReadOnlyList<LayoutBlock> Blocks,
    IReadOnlyList<LayoutNote> Notes)
{
    /// <summary>False for a draft (no adoption line, no "Resolution adopted by …"): a draft resolution, not a resolution.</summary>
    public bool Adopted { get; init; }

    /// <summary>
    /// The draft's layout, read from its model: each block in the order of <see cref="Draft.Blocks"/> with its role,
    /// paragraphs from the paragraph models (labels, sub-paragraph levels, words), every other block from the words the
    /// parser read for it; footnote markers at their place in the runs; continuations are their paragraph's, noise is
    /// left out. A plain-text draft, which cannot show italics, gets the UN's: its openers and organ line in italics.
    /// </summary>
    public static DraftLayout From(Draft draft) => new LayoutReading(draft).Read();
}

/// <summary>A block of the draft: a heading line, the organ line, a paragraph, a sub-paragraph, a heading, the adoption line.</summary>
/// <param name="Role">What the parser read the block as.</param>
/// <param name="Label">"12." before an operative paragraph, "(a)" before a sub-paragraph; null where there is none.</param>
/// <param name="Level">A sub-paragraph's depth (1 for "(a)", 2 for "(i)" …); 0 for every other block.</param>
/// <param name="Runs">The block's words after its label.</param>
public sealed record LayoutBlock(BlockRole Role, string? Label, int Level, IReadOnlyList<LayoutRun> Runs)
{
    /// <summary>The heading line that holds the resolution's number and title ("54/10. Mandate of …").</summary>
    public bool HoldsTitle { get; init; }

    /// <summary>A preambular paragraph's or operative paragraph's opening words ("Recalling also", "Requests"); null for other blocks.</summary>
    public string? Opener { get; init; }

    /// <summary>The block's words without markers, as one string.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>Words in one style, or a footnote marker.</summary>
/// <param name="Text">The words; empty for a marker. A line break inside a block (the closing's meeting, then its date) is "\n".</param>
/// <param name="Italic">True where the draft italicises them.</param>
/// <param name="Note">For a footnote marker, the number of the note it refers to; null for words.</param>
public sealed record LayoutRun(string Text, bool Italic, int? Note = null);

/// <summary>A footnote: its number and its words.</summary>
public sealed record LayoutNote(int Number, IReadOnlyList<LayoutRun> Runs);
