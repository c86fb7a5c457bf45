using Resolint.Core.Citations;
using Resolint.Core.Text;

namespace Resolint.Core.Drafts;

/// <summary>How the draft was written down.</summary>
public enum DraftForm
{
    PlainText,
    Markdown,
}

/// <summary>
/// A draft resolution as the parser understood it. Immutable: the server keeps one per document version.
/// Every element carries its exact source span; <see cref="Text"/> turns spans into lines and UTF-16 columns.
/// </summary>
public sealed record Draft(
    SourceText Text,
    DraftForm Form,
    Heading Heading,
    OrganLine? Organ,
    IReadOnlyList<PreambularParagraph> Preamble,
    IReadOnlyList<OperativeParagraph> Operative,
    IReadOnlyList<Footnote> Footnotes,
    IReadOnlyList<FootnoteReference> FootnoteReferences,
    IReadOnlyList<Citation> Citations,
    AdoptionLine? Adoption,
    IReadOnlyList<NoiseLine> Noise)
{
    /// <summary>The organ that adopts the draft ("General Assembly"), from the organ line or the heading.</summary>
    public string? Body => Organ?.Body ?? Heading.AdoptedBy;

    /// <summary>
    /// The symbol ("A/RES/68/171"): as the text spells it, else derived from the resolution number and the
    /// organ; null when unknown.
    /// </summary>
    public string? Symbol => Heading.Symbol;

    public SourceRange RangeOf(TextSpan span) => Text.RangeOf(span);

    /// <summary>Text after the adoption line that is neither footnote texts, noise nor an annex.</summary>
    public IReadOnlyList<TextSpan> AfterAdoption { get; init; } = [];

    /// <summary>Headings inside the body that group paragraphs ("Participation", "I", "## Protection").</summary>
    public IReadOnlyList<TextSpan> Subheadings { get; init; } = [];

    /// <summary>Where an annex begins ("Annex"), when the resolution has one: what follows is the annex's text.</summary>
    public TextSpan? Annex { get; init; }

    /// <summary>
    /// The text is a transcription of a printed page read by OCR (page breaks, lines hard-wrapped as printed, a printed
    /// volume's heading or closing): a mark OCR confuses with another ("," for ";", "]" for "l") may be the reading's,
    /// not the drafter's.
    /// </summary>
    public bool TranscribedFromPrint { get; init; }

    /// <summary>
    /// Every block of the text in order, with the role the parser gave it and why: the one record of what each
    /// line is. Rules and features read roles here instead of recognising lines again.
    /// </summary>
    public IReadOnlyList<DraftBlock> Blocks { get; init; } = [];

    /// <summary>The citations of one kind among <see cref="Citations"/> (resolutions, documents, Official Records), in the same order.</summary>
    public CitationsOf<T> CitationsOf<T>()
        where T : Citation => new(Citations);
}

/// <summary>What a block of the text is.</summary>
public enum BlockRole
{
    /// <summary>A line of the heading: symbol, session, agenda item, number and title, "Resolution adopted by …".</summary>
    HeadingLine,

    /// <summary>"The General Assembly,".</summary>
    OrganLine,

    PreambularParagraph,

    OperativeParagraph,

    /// <summary>"(a) …", "(i) …" under an operative paragraph.</summary>
    SubParagraph,

    /// <summary>A heading that groups paragraphs ("Participation", "Budget performance report for …").</summary>
    Subheading,

    /// <summary>"A", "B", "II", "A. Actions related to …": a part of the resolution; its numbering may start again from 1.</summary>
    PartHeading,

    /// <summary>"Annex", "Annex II": what follows is the annex's text.</summary>
    Annex,

    /// <summary>The text an annex holds (a declaration, a programme of action, a statute), numbered on its own.</summary>
    AnnexText,

    /// <summary>A whole text the resolution recommends to another organ ("The General Assembly, …"), numbered on its own.</summary>
    RecommendedText,

    /// <summary>
    /// A text an operative paragraph introduces with a colon and quotes whole (a declaration it adopts, an amended rule,
    /// an agenda), numbered on its own.
    /// </summary>
    IntroducedText,

    FootnoteText,

    /// <summary>A line that carries on the block before it (a hard-wrapped line, a paragraph cut by a page break).</summary>
    Continuation,

    /// <summary>"70th plenary meeting", "Adopted at the 1850th meeting by consensus.".</summary>
    AdoptionLine,

    /// <summary>"[Adopted by a recorded vote of 28 to 11 …", "In favour:", the countries that voted.</summary>
    VotingRecord,

    /// <summary>Production noise: page footers, job numbers, running headers.</summary>
    Noise,

    /// <summary>Text after the adoption line that is none of the above.</summary>
    AfterAdoption,
}

/// <summary>A block of the text, its role and why the parser gave it that role.</summary>
public sealed record DraftBlock(TextSpan Span, BlockRole Role, string Reason)
{
    /// <summary>
    /// The block's words as the parser read them (markup and footnote markers removed, the lines it took in folded in),
    /// for what the export writes where no paragraph or footnote holds the words (heading lines, headings, annexes,
    /// the closing); null for continuations and noise, whose words are the block's before them or nobody's.
    /// </summary>
    public InlineText? Words { get; init; }

    /// <summary>The number written before a numbered block ("12."), which its words leave out; null when it has none.</summary>
    public string? Number { get; init; }
}

/// <summary>The heading: everything before the organ line.</summary>
public sealed record Heading(TextSpan Span)
{
    public string? Symbol { get; init; }

    public TextSpan? SymbolSpan { get; init; }

    /// <summary>"Seventy-fourth session", as written.</summary>
    public string? Session { get; init; }

    /// <summary>"Agenda item 70 (b)" → "70 (b)".</summary>
    public string? AgendaItem { get; init; }

    /// <summary>The resolution number as it stands before the title ("68/171").</summary>
    public string? Number { get; init; }

    public TextSpan? NumberSpan { get; init; }

    public string? Title { get; init; }

    public TextSpan? TitleSpan { get; init; }

    /// <summary>"Resolution adopted by the General Assembly on 18 December 2013" → "General Assembly".</summary>
    public string? AdoptedBy { get; init; }

    /// <summary>"18 December 2013", from the "Resolution adopted by … on …" line.</summary>
    public string? AdoptionDate { get; init; }

    /// <summary>"[on the report of the Third Committee (A/68/456/Add.2)]" → "the Third Committee (A/68/456/Add.2)".</summary>
    public string? OnReportOf { get; init; }
}

/// <summary>"The General Assembly," — the organ that speaks.</summary>
public sealed record OrganLine(TextSpan Span, string Body, string Text);

/// <summary>
/// The opening words of a paragraph: "Taking note with appreciation", "Also requests". Read once, by the
/// parser (<c>OpenerReader</c>); <see cref="Span"/> is in the source, <see cref="Within"/> and <see cref="Head"/>
/// in the paragraph's reader text.
/// </summary>
public sealed record Opener(string Text, TextSpan Span, bool Italic)
{
    /// <summary>Where the opening words stand in the paragraph's reader text; empty when it opens with none.</summary>
    public TextSpan Within { get; init; }

    /// <summary>The word whose form decides, in the reader text: "requests" in "Also requests", "concerned" in "Deeply concerned".</summary>
    public TextSpan Head { get; init; }
}

/// <summary>What closes a paragraph: the last visible character and where it stands.</summary>
/// <remarks>A value, not an object: every paragraph behind an edit is read with its ending on every keystroke.</remarks>
public readonly record struct Ending(char? Mark, TextSpan Span)
{
    /// <summary>Where a missing mark would be inserted: just after the last visible character.</summary>
    public int InsertAt => Mark is null ? Span.Start : Span.End;

    /// <summary>The same ending standing <paramref name="delta"/> code units further on: a paragraph's, moved by an edit before it.</summary>
    internal Ending Shifted(int delta) => new(Mark, Span.Shifted(delta));
}

/// <summary>A paragraph of either part. Its words may be cut by a page break: <see cref="Segments"/> are its pieces.</summary>
/// <param name="Segments">The pieces; null when the paragraph is one piece, as most are (a keystroke makes every paragraph behind the edit anew).</param>
public abstract record Paragraph(TextSpan Span, IReadOnlyList<TextSpan>? Segments, InlineText Content, Ending Ending)
{
    private readonly IReadOnlyList<TextSpan>? _segments = Segments;

    /// <summary>The pieces of the source the words stand over, in order: <see cref="Span"/> alone unless a page break cut the paragraph.</summary>
    public IReadOnlyList<TextSpan> Segments => _segments ?? [Span];
}

public sealed record PreambularParagraph(
    TextSpan Span, IReadOnlyList<TextSpan>? Segments, InlineText Content, Ending Ending, Opener Opener, int Index)
    : Paragraph(Span, Segments, Content, Ending);

public sealed record OperativeParagraph(
    TextSpan Span,
    IReadOnlyList<TextSpan>? Segments,
    InlineText Content,
    Ending Ending,
    Opener Verb,
    int? Number,
    string NumberText,
    TextSpan NumberSpan,
    IReadOnlyList<SubParagraph> SubParagraphs)
    : Paragraph(Span, Segments, Content, Ending)
{
    /// <summary>
    /// Which numbered sequence the paragraph belongs to (0, 1 …): numbering starts again from 1 in each part of a
    /// resolution in parts or sections ("A", "II"), so each sequence is checked on its own.
    /// </summary>
    public int Sequence { get; init; }

    /// <summary>True when a part or section heading stands between this paragraph and the next one.</summary>
    public bool EndsSection { get; init; }

    /// <summary>True when a whole text or a numbered list follows that the paragraph introduces ("… the following draft resolution:", "… the following provisional agenda:").</summary>
    public bool IntroducesText { get; init; }
}

/// <summary>How a sub-paragraph label is written: (a), (i), a., i.</summary>
public enum LabelStyle
{
    ParenthesizedLetter,
    ParenthesizedRoman,
    DottedLetter,
    DottedRoman,
}

/// <summary>(a), (b) … at level 1; (i), (ii) … at level 2; a. … at 3; i. … at 4.</summary>
public sealed record SubParagraph(
    TextSpan Span,
    IReadOnlyList<TextSpan>? Segments,
    InlineText Content,
    Ending Ending,
    string Label,
    LabelStyle Style,
    int Level,
    TextSpan LabelSpan,
    IReadOnlyList<SubParagraph> Children)
    : Paragraph(Span, Segments, Content, Ending)
{
    /// <summary>
    /// What the text holds at the label when it is a mark OCR misread for <see cref="Label"/> ("(6)" for "(b)", "(c}"
    /// for "(c)"); null when the text holds the label itself.
    /// </summary>
    public string? WrittenAs { get; init; }
}

/// <summary>How a footnote marker was written.</summary>
public enum MarkerForm
{
    /// <summary>¹, ¹⁴.</summary>
    Superscript,

    /// <summary>A bare number glued to the word before it, where the superscript was lost ("20121").</summary>
    Glued,

    /// <summary>Markdown's [^1].</summary>
    Markdown,
}

/// <summary>A footnote marker in the text.</summary>
public sealed record FootnoteReference(int Number, TextSpan Span, MarkerForm Form);

/// <summary>A footnote's text: "3 Resolution 48/134, annex."</summary>
public sealed record Footnote(int Number, TextSpan Span, TextSpan NumberSpan, InlineText Content)
{
    public string Text => Content.Text;
}

/// <summary>The closing: "70th plenary meeting / 18 December 2013", "[Adopted without a vote.]".</summary>
public sealed record AdoptionLine(TextSpan Span, string? Meeting, string? Date, bool WithoutVote)
{
    /// <summary>True when the note says the resolution was adopted by a recorded vote ("[Adopted by a recorded vote of 32 to 13 …").</summary>
    public bool RecordedVote { get; init; }
}

public enum NoiseKind
{
    PageFooter,
    JobNumber,
    RunningHeader,
    PageNumber,
    OdsMarker,
    Rule,
    Distribution,

    /// <summary>A resolint-disable comment: not the draft's text, read by the checker.</summary>
    SuppressionComment,

    /// <summary>
    /// What a printed volume sets after a resolution on the same page: its record of the Council's decisions
    /// ("Decisions" / "At its 2232nd meeting, on 17 June 1980, the Council decided …") and the next resolution's heading.
    /// </summary>
    VolumeRecord,
}

/// <summary>Production noise set aside: not the drafter's text.</summary>
public sealed record NoiseLine(TextSpan Span, NoiseKind Kind);
