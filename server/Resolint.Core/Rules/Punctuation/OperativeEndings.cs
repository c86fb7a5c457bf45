using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// The operative part in reading order, with what closes each piece: a paragraph or sub-paragraph that
/// introduces sub-paragraphs ends with a colon, the last words of the resolution with a full stop, every
/// other operative paragraph and sub-paragraph with a semicolon (Editorial Manual).
/// </summary>
internal static class OperativeEndings
{
    /// <summary>
    /// A paragraph or sub-paragraph of the operative part, and the number of the operative paragraph it belongs to;
    /// a value, not an object: every paragraph of the draft is one, on every keystroke.
    /// </summary>
    public readonly record struct Piece(Paragraph Paragraph, int Number, bool IntroducesSubParagraphs)
    {
        /// <summary>The piece as a drafter names it: "operative paragraph 3", "sub-paragraph (b) of operative paragraph 3".</summary>
        public string Name => Paragraph is SubParagraph sub ? $"sub-paragraph {sub.Label} of operative paragraph {Number}" : $"operative paragraph {Number}";
    }

    /// <summary>The words that close the resolution: the last operative paragraph, or its last sub-paragraph.</summary>
    public static Paragraph? Last(Draft draft)
    {
        if (draft.Operative.Count == 0)
        {
            return null;
        }

        Paragraph last = draft.Operative[^1];
        IReadOnlyList<SubParagraph> subs = draft.Operative[^1].SubParagraphs;
        while (subs.Count > 0)
        {
            last = subs[^1];
            subs = subs[^1].Children;
        }

        return last;
    }

    public static string Capitalized(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    /// <summary>The sub-paragraphs of operative paragraph <paramref name="number"/> and theirs, in reading order.</summary>
    public static IEnumerable<Piece> SubPieces(IReadOnlyList<SubParagraph> subs, int number)
    {
        foreach (SubParagraph sub in subs)
        {
            yield return new Piece(sub, number, sub.Children.Count > 0);
            foreach (Piece child in sub.Children.Count == 0 ? [] : SubPieces(sub.Children, number))
            {
                yield return child;
            }
        }
    }
}
