using Resolint.Core.Drafts;

namespace Resolint.Core.Rules.Punctuation;

/// <summary>
/// The operative part in reading order, with what closes each piece: a paragraph or sub-paragraph that
/// introduces sub-paragraphs ends with a colon, the last words of the resolution with a full stop, every
/// other operative paragraph and sub-paragraph with a semicolon (Editorial Manual).
/// </summary>
internal static class OperativeEndings
{
    /// <summary>A paragraph or sub-paragraph of the operative part, named as a drafter would name it.</summary>
    public sealed record Piece(Paragraph Paragraph, string Name, bool IntroducesSubParagraphs, bool IsSubParagraph);

    /// <summary>Every piece of the operative part, in reading order.</summary>
    public static IEnumerable<Piece> Pieces(Draft draft)
    {
        for (int i = 0; i < draft.Operative.Count; i++)
        {
            OperativeParagraph paragraph = draft.Operative[i];
            string name = $"operative paragraph {paragraph.Number ?? i + 1}";
            yield return new Piece(paragraph, name, paragraph.SubParagraphs.Count > 0, false);
            foreach (Piece sub in SubPieces(paragraph.SubParagraphs, name))
            {
                yield return sub;
            }
        }
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

    private static IEnumerable<Piece> SubPieces(IReadOnlyList<SubParagraph> subs, string owner)
    {
        foreach (SubParagraph sub in subs)
        {
            string name = $"sub-paragraph {sub.Label} of {owner}";
            yield return new Piece(sub, name, sub.Children.Count > 0, true);
            foreach (Piece child in SubPieces(sub.Children, owner))
            {
                yield return child;
            }
        }
    }
}
