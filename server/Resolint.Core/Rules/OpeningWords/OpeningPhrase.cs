using System.Runtime.CompilerServices;
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

    private static readonly ConditionalWeakTable<Paragraph, Box> Cache = new();

    /// <summary>Enough of a paragraph's start for the longest opening words the grammar knows.</summary>
    private const int PrefixLength = 200;

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

    public string Text => Content.Text.Substring(Span.Start, Span.Length);

    /// <summary>The word whose form decides: "requests" in "Also requests", "concerned" in "Deeply concerned".</summary>
    public TextSpan HeadSpan { get; }

    public string Head => Content.Text.Substring(HeadSpan.Start, HeadSpan.Length);

    /// <summary>The head in lower case: what repeats compare ("requests" in "Requests" and "Also requests").</summary>
    public string Key => Head.ToLowerInvariant();

    /// <summary>Plain, "Also …" or "… further", as the corpus learner reads repeats.</summary>
    public Repetition Repetition => OpenerForms.RepetitionOf(Text);

    /// <summary>The words of the phrase, punctuation trimmed.</summary>
    public IReadOnlyList<TextSpan> Words { get; }

    /// <summary>The phrase without its "also"/"further": "Also requests" → "Requests", "Recalling also" → "Recalling".</summary>
    public string PlainForm => OpenerForms.BaseOf(Text);

    /// <summary>The phrase as an "also" repeat: "Requests" → "Also requests" (operative), "Recalling" → "Recalling also".</summary>
    public string AlsoForm(bool operative) => operative ? "Also " + LowerFirst(PlainForm) : PlainForm + " also";

    /// <summary>
    /// The opening words of a paragraph, or null when it opens with no word (a number, a bracket alone) or
    /// with a sub-paragraph label ("(a) the Secretary-General …", a list inside the preamble). Read once per
    /// paragraph and kept beside it: every opening-words rule asks.
    /// </summary>
    public static OpeningPhrase? Of(Paragraph paragraph) => Cache.GetValue(paragraph, p => new Box(Read(p))).Phrase;

    private static OpeningPhrase? Read(Paragraph paragraph)
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

        // The grammar that reads opening words knows their tails ("note", "in mind", "upon", "also"); it reads
        // a dozen words at most, so it is given the paragraph's start without its italics.
        int length = Math.Min(text.Length, PrefixLength);
        int[] offsets = new int[length + 1];
        for (int i = 0; i <= length; i++)
        {
            offsets[i] = content.ToSourceOffset(i);
        }

        TextSpan grammar = OpenerReader.Read(new InlineText(text[..length], offsets, []), operative);
        int end = Math.Max(grammar.End, head.End);
        int start = words[0].Start;
        return new OpeningPhrase(content, TextSpan.FromBounds(start, end), head, words.Where(x => x.End <= end).ToList());
    }

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
        var words = new List<TextSpan>();
        foreach (TextSpan word in OpenerReader.WordsAtStart(text, max))
        {
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

            words.Add(TextSpan.FromBounds(s, e));

            // A comma or colon closes the opening words: "Stressing, in this regard," opens with "Stressing".
            if (e < word.End && text[e] is ',' or ':' or ';')
            {
                break;
            }
        }

        return words;
    }

    /// <summary>A paragraph's phrase, or none, as the cache keeps it.</summary>
    private sealed record Box(OpeningPhrase? Phrase);
}
