using Resolint.Core.Drafts;
using Resolint.Core.Rules.Language;
using Resolint.Core.Rules.OpeningWords;

namespace Resolint.Core.Rules;

/// <summary>
/// What several rules read from a draft in the same way, read at most once per check and shared among them:
/// the paragraphs in the order they stand, the words around them, and the opening words of each paragraph. The
/// check runs on every keystroke; four rules ask for the same opening words, four for the same words around them.
/// </summary>
internal sealed class DraftReading(Draft draft)
{
    private IReadOnlyList<Paragraph>? _paragraphs;
    private IReadOnlyList<InlineText>? _apparatus;
    private OpeningPhrase?[]? _preambularOpenings;
    private OpeningPhrase?[]? _operativeOpenings;

    /// <summary>Preambular, operative and sub-paragraphs at every level, in the order they stand.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs ??= Passages.Paragraphs(draft);

    /// <summary>The words around the paragraphs (<see cref="Passages.Apparatus"/>, subheadings included), read once for the language rules.</summary>
    public IReadOnlyList<InlineText> Apparatus => _apparatus ??= [.. Passages.Apparatus(draft)];

    /// <summary>The opening words of each preambular paragraph, by its place in the preamble; null where it has none.</summary>
    public IReadOnlyList<OpeningPhrase?> PreambularOpenings => _preambularOpenings ??= Openings(draft.Preamble);

    /// <summary>The opening words of each operative paragraph, by its place in the operative part; null where it has none.</summary>
    public IReadOnlyList<OpeningPhrase?> OperativeOpenings => _operativeOpenings ??= Openings(draft.Operative);

    private static OpeningPhrase?[] Openings(IReadOnlyList<Paragraph> paragraphs)
    {
        var openings = new OpeningPhrase?[paragraphs.Count];
        for (int i = 0; i < openings.Length; i++)
        {
            openings[i] = OpeningPhrase.Of(paragraphs[i]);
        }

        return openings;
    }
}
