using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// A paragraph's opening words as the grammar reads them, italics set aside ("*Also* requests" opens with
/// "Also requests"): the leading adverbs ("Also", "Strongly", "Once again"), the head word whose form
/// decides the kind of paragraph ("requests", "Recalling", "concerned"), and whether it repeats.
/// Positions are in the paragraph's reader text (<see cref="InlineText"/>).
/// </summary>
internal sealed class OpeningPhrase
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "further", "again", "once", "hereby", "therefore", "likewise", "moreover", "nevertheless", "still", "thus",
    };

    /// <summary>Enough of a paragraph's start for the longest opening words the grammar knows.</summary>
    private const int PrefixLength = 200;

    private static readonly int[]?[] Positions = new int[]?[PrefixLength + 1];

    // Read on first use and kept: the rules ask for them over and over.
    private string? _text;
    private string? _key;
    private (string Base, Repetition Repetition)? _forms;

    private OpeningPhrase(InlineText content, TextSpan span, TextSpan head, IReadOnlyList<TextSpan> words)
    {
        Content = content;
        Span = span;
        HeadSpan = head;
        Words = words;
    }

    public InlineText Content { get; }

    /// <summary>The whole phrase: "Taking note with appreciation", "Also requests".</summary>
    public TextSpan Span { get; }

    public string Text => _text ??= Content.Text.Substring(Span.Start, Span.Length);

    /// <summary>The word whose form decides: "requests" in "Also requests", "concerned" in "Deeply concerned".</summary>
    public TextSpan HeadSpan { get; }

    public string Head => Content.Text.Substring(HeadSpan.Start, HeadSpan.Length);

    /// <summary>The head in lower case: what repeats compare ("requests" in "Requests" and "Also requests").</summary>
    public string Key => _key ??= Head.ToLowerInvariant();

    /// <summary>Plain, "Also …" or "… further", as the corpus learner reads repeats.</summary>
    public Repetition Repetition => Forms.Repetition;

    /// <summary>The words of the phrase, punctuation trimmed.</summary>
    public IReadOnlyList<TextSpan> Words { get; }

    /// <summary>The phrase without its "also"/"further": "Also requests" → "Requests", "Recalling also" → "Recalling".</summary>
    public string PlainForm => Forms.Base;

    /// <summary>The phrase as an "also" repeat: "Requests" → "Also requests" (operative), "Recalling" → "Recalling also".</summary>
    public string AlsoForm(bool operative) => operative ? "Also " + LowerFirst(PlainForm) : PlainForm + " also";

    private (string Base, Repetition Repetition) Forms => _forms ??= OpenerForms.Split(Text);

    /// <summary>
    /// The opening words of a paragraph, or null when it opens with no word (a number, a bracket alone) or
    /// with a sub-paragraph label ("(a) the Secretary-General …", a list inside the preamble). Every
    /// opening-words rule asks: a check reads them once (<see cref="DraftReading"/>).
    /// </summary>
    public static OpeningPhrase? Of(Paragraph paragraph)
    {
        bool operative = paragraph is OperativeParagraph;
        InlineText content = paragraph.Content;
        string text = content.Text;
        if (SubParagraphLabels.TryRead(text.AsSpan(), out _))
        {
            return null;
        }

        List<TextSpan> words = WordsAtStart(text, 8);
        int w = 0;
        while (w < words.Count - 1 && w < 3 && IsAdverb(text, words[w]))
        {
            w++;
        }

        if (w >= words.Count)
        {
            return null;
        }

        TextSpan head = words[w];
        if (head.IsEmpty || !char.IsLetter(text[head.Start]))
        {
            return null;
        }

        TextSpan grammar = OpenerReader.Read(StartWithoutItalics(content), operative);
        int end = Math.Max(grammar.End, head.End);
        int start = words[0].Start;

        // The words stand in order, so those within the phrase come first.
        int within = 0;
        while (within < words.Count && words[within].End <= end)
        {
            within++;
        }

        words.RemoveRange(within, words.Count - within);
        return new OpeningPhrase(content, TextSpan.FromBounds(start, end), head, words);
    }

    /// <summary>
    /// What the grammar that reads opening words is given: it knows their tails ("note", "in mind", "upon",
    /// "also") and reads a dozen words at most, so the paragraph's start without its italics. A paragraph
    /// that is short and opens in roman type is given as it is.
    /// </summary>
    private static InlineText StartWithoutItalics(InlineText content)
    {
        string text = content.Text;
        if (text.Length <= PrefixLength && !content.Italics.Any(run => run.Start == 0))
        {
            return content;
        }

        int length = Math.Min(text.Length, PrefixLength);
        return new InlineText(text[..length], PositionsOf(length), []);
    }

    /// <summary>
    /// Offsets 0, 1, 2 … for a start of the given length, made once for each length: the grammar answers in
    /// the reader's text and never asks where a character stands in the source.
    /// </summary>
    private static int[] PositionsOf(int length) => Positions[length] ??= Enumerable.Range(0, length + 1).ToArray();

    public string WordText(TextSpan word) => Content.Text.Substring(word.Start, word.Length);

    /// <summary>The first word, as written.</summary>
    public string FirstWord => WordText(Words[0]);

    /// <summary>True when the first word starts with a small letter that has a capital.</summary>
    public bool OpensInLowerCase => char.IsLower(FirstWord[0]) && char.ToUpperInvariant(FirstWord[0]) != FirstWord[0];

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>"Also", "Once", "Strongly": words before the head that do not decide the form.</summary>
    private static bool IsAdverb(string text, TextSpan word)
    {
        string w = text.Substring(word.Start, word.Length);
        return Adverbs.Contains(w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && w.All(char.IsLetter) && !VerbLike(w));
    }

    /// <summary>"Apply", "Rely", "Comply", "Supply" end in -ly and are verbs, not adverbs.</summary>
    private static bool VerbLike(string w) => w.ToLowerInvariant() is "apply" or "comply" or "supply" or "imply" or "reply" or "rely" or "multiply" or "ally";

    /// <summary>The first words, split at white space, with brackets, quotation marks and punctuation around them trimmed.</summary>
    private static List<TextSpan> WordsAtStart(string text, int max)
    {
        List<TextSpan> words = OpenerReader.WordsAtStart(text, max);
        for (int k = 0; k < words.Count; k++)
        {
            TextSpan word = words[k];
            int s = word.Start;
            int e = word.End;
            while (s < e && !char.IsLetterOrDigit(text[s]))
            {
                s++;
            }

            while (e > s && !char.IsLetterOrDigit(text[e - 1]))
            {
                e--;
            }

            words[k] = TextSpan.FromBounds(s, e);

            // A comma or colon closes the opening words: "Stressing, in this regard," opens with "Stressing".
            if (e < word.End && text[e] is ',' or ':' or ';')
            {
                words.RemoveRange(k + 1, words.Count - k - 1);
                break;
            }
        }

        return words;
    }
}
