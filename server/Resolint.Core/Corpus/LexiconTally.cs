namespace Resolint.Core.Corpus;

/// <summary>Counts the forms the corpus uses and remembers where, in the order first seen.</summary>
internal sealed class LexiconTally
{
    private readonly Dictionary<string, (int Count, List<SourceRef> Seen)> _forms = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public void Add(string form, SourceRef where)
    {
        string key = OpenerForms.Normalize(form);
        if (key.Length == 0)
        {
            return;
        }

        if (!_forms.TryGetValue(key, out (int Count, List<SourceRef> Seen) tally))
        {
            tally = (0, []);
            _order.Add(key);
        }

        tally.Seen.Add(where);
        _forms[key] = (tally.Count + 1, tally.Seen);
    }

    /// <summary>Most used first; among equals, the first seen first.</summary>
    public IReadOnlyList<LexiconEntry> ToEntries(Func<string, string>? baseOf = null) =>
        _order
            .Select((form, index) => (Form: form, Index: index, Tally: _forms[form]))
            .OrderByDescending(f => f.Tally.Count)
            .ThenBy(f => f.Index)
            .Select(f => new LexiconEntry(f.Form, f.Tally.Count, f.Tally.Seen) { Base = baseOf?.Invoke(f.Form) ?? f.Form })
            .ToList();
}
