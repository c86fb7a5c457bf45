using System.Collections;
using System.Runtime.CompilerServices;
using Resolint.Core.Citations;

namespace Resolint.Core.Drafts;

/// <summary>
/// The citations of one kind among a draft's (<see cref="Draft.Citations"/>), in their order: walked in place, with neither
/// a list nor an enumerator object made, since the rules of numbers, dates and titles each walk them on every keystroke.
/// </summary>
public readonly struct CitationsOf<T>(IReadOnlyList<Citation> citations) : IEnumerable<T>
    where T : Citation
{
    public Enumerator GetEnumerator() => new(citations);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <typeparamref name="T"/> is a kind no other derives from (every concrete kind is): its citations are then told by their type alone.</summary>
    private static readonly bool Sealed = typeof(T).IsSealed;

    public struct Enumerator(IReadOnlyList<Citation> citations) : IEnumerator<T>
    {
        /// <summary>The citations as the parser's list when they are one: read without a call through the interface.</summary>
        private readonly List<Citation>? _list = citations as List<Citation>;

        /// <summary>A citation of a sealed type is told by comparing its type, not by the general cast (every citation is asked, by several rules, on every keystroke).</summary>
        private readonly bool _sealed = Sealed;
        private int _index = -1;

        public T Current { get; private set; } = null!;

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            int count = _list?.Count ?? citations.Count;
            while (++_index < count)
            {
                Citation citation = _list is not null ? _list[_index] : citations[_index];
                if (_sealed ? citation.GetType() == typeof(T) : citation is T)
                {
                    // Of type T: its own type is T, or the cast said so.
                    Current = Unsafe.As<T>(citation);
                    return true;
                }
            }

            return false;
        }

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }
}
