using Resolint.Core.Drafts;
using Resolint.Core.Parsing;

namespace Resolint.Core.Rules.Footnotes;

/// <summary>A marker out of turn: a new footnote numbered out of order, or a repeat of one not yet introduced.</summary>
/// <param name="Expected">The number the next new footnote should have had.</param>
/// <param name="Elsewhere">For a new footnote out of order, where the expected one first appears; for an early repeat, where its own number next appears.</param>
internal sealed record MarkerOutOfTurn(FootnoteReference Marker, bool IsEarlyRepeat, int Expected, FootnoteReference? Elsewhere);

/// <summary>
/// Reads the markers in text order as a reader meets them: new footnotes must come 1, 2, 3 … in order of
/// first appearance, and a marker may repeat a number already met. A marker that breaks the sequence is
/// either a new footnote out of order (RES403) or a repeat of a footnote that only appears later (RES404).
/// When its number appears again later, both readings are possible: the one that leaves fewer markers out
/// of turn further on is taken, so that one slip is reported once rather than on every marker after it.
/// </summary>
internal sealed class FootnoteSequence
{
    /// <summary>How many markers ahead the two readings are compared: plenty for a real draft, and linear in the text.</summary>
    private const int Lookahead = 64;

    private readonly IReadOnlyList<FootnoteReference> _markers;

    /// <summary>The numbers markers use, in order. A number no marker uses is skipped: that is RES401's or RES402's finding.</summary>
    private readonly int[] _numbers;

    /// <summary>For each number, its index in <see cref="_numbers"/>.</summary>
    private readonly Dictionary<int, int> _indexOf = [];

    /// <summary>For each number, the indexes of its markers in text order.</summary>
    private readonly Dictionary<int, List<int>> _positions = [];

    /// <summary>
    /// The numbers met on the walk that decides, as a "next not met" pointer over <see cref="_numbers"/> (with
    /// path halving): the smallest number not yet met is found in near-constant time however many are met.
    /// </summary>
    private readonly int[] _nextUnmet;

    private FootnoteSequence(IReadOnlyList<FootnoteReference> markers)
    {
        // The parser lists the markers in text order: sorting a copy of a thousand of them on every keystroke was garbage.
        _markers = TextOrder.IsInOrder(markers, m => m.Span.Start) ? markers : markers.OrderBy(m => m.Span.Start).ToList();
        for (int i = 0; i < _markers.Count; i++)
        {
            int number = _markers[i].Number;
            if (!_positions.TryGetValue(number, out List<int>? list))
            {
                _positions[number] = list = [];
            }

            list.Add(i);
        }

        _numbers = _positions.Keys.Order().ToArray();
        for (int i = 0; i < _numbers.Length; i++)
        {
            _indexOf[_numbers[i]] = i;
        }

        _nextUnmet = Enumerable.Range(0, _numbers.Length + 1).ToArray();
    }

    public static IReadOnlyList<MarkerOutOfTurn> Analyse(Draft draft)
    {
        var sequence = new FootnoteSequence(draft.FootnoteReferences);
        var found = new List<MarkerOutOfTurn>();
        sequence.Walk(0, sequence._markers.Count, null, found);
        return found;
    }

    /// <summary>
    /// Walks markers [from, to) and returns how many are out of turn. The walk that decides (<paramref name="ahead"/>
    /// null) records what it meets for good; a look ahead records it in <paramref name="ahead"/> only, on top of
    /// what the deciding walk has met.
    /// </summary>
    private int Walk(int from, int to, HashSet<int>? ahead, List<MarkerOutOfTurn>? found)
    {
        int outOfTurn = 0;
        for (int i = from; i < to; i++)
        {
            int number = _markers[i].Number;
            if (IsMet(number, ahead))
            {
                continue;
            }

            int expected = _numbers[SmallestUnmet(ahead)];
            if (number == expected)
            {
                Meet(number, ahead);
                continue;
            }

            outOfTurn++;
            int later = Occurrence(number, after: i);
            if (ahead is null && later >= 0 && EarlyRepeatExplainsBetter(i))
            {
                found?.Add(new MarkerOutOfTurn(_markers[i], true, expected, _markers[later]));
                continue;
            }

            int introduction = Occurrence(expected, after: i);
            found?.Add(new MarkerOutOfTurn(_markers[i], false, expected, introduction >= 0 ? _markers[introduction] : null));
            Meet(number, ahead);
        }

        return outOfTurn;
    }

    /// <summary>True when reading marker i as an early repeat leaves no more markers out of turn ahead than reading it as new.</summary>
    private bool EarlyRepeatExplainsBetter(int i)
    {
        int to = Math.Min(_markers.Count, i + 1 + Lookahead);
        int asRepeat = Walk(i + 1, to, [], null);
        int asNew = Walk(i + 1, to, [_markers[i].Number], null);
        return asRepeat <= asNew;
    }

    private bool IsMet(int number, HashSet<int>? ahead) => Find(_indexOf[number]) != _indexOf[number] || (ahead?.Contains(number) ?? false);

    private void Meet(int number, HashSet<int>? ahead)
    {
        if (ahead is null)
        {
            int index = _indexOf[number];
            _nextUnmet[index] = index + 1;
        }
        else
        {
            ahead.Add(number);
        }
    }

    /// <summary>The index of the smallest number not met; a look ahead passes over at most its own few.</summary>
    private int SmallestUnmet(HashSet<int>? ahead)
    {
        int index = Find(0);
        while (ahead is not null && index < _numbers.Length && ahead.Contains(_numbers[index]))
        {
            index = Find(index + 1);
        }

        return index;
    }

    /// <summary>The first index from <paramref name="index"/> on whose number the deciding walk has not met.</summary>
    private int Find(int index)
    {
        while (_nextUnmet[index] != index)
        {
            _nextUnmet[index] = _nextUnmet[_nextUnmet[index]];
            index = _nextUnmet[index];
        }

        return index;
    }
    /// <summary>The index of the first marker with this number after index <paramref name="after"/>, or -1.</summary>
    private int Occurrence(int number, int after)
    {
        List<int> positions = _positions[number];
        int index = positions.BinarySearch(after + 1);
        index = index >= 0 ? index : ~index;
        return index < positions.Count ? positions[index] : -1;
    }
}
