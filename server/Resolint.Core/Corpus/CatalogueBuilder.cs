namespace Resolint.Core.Corpus;

/// <summary>
/// Gathers what the corpus says about each resolution — its own text where the corpus holds it, and every
/// citation of it — into catalogue entries. Mentions are kept apart by organ, so a Human Rights Council
/// resolution never lends its date to the General Assembly's of the same number.
/// </summary>
internal sealed class CatalogueBuilder
{
    private readonly Dictionary<(string Key, string? Organ), Mentions> _mentions = [];
    private int _order;

    public void AddAdopted(string number, string? organ, string? date, string? title, string file, string? opening, SourceRef where)
    {
        Mentions mentions = MentionsOf(CatalogueKey.Of(number), organ);
        mentions.File ??= file;
        mentions.Title ??= title;
        mentions.Opening ??= opening;
        mentions.OwnDate ??= date;
        mentions.Add(date, where);
    }

    public void AddCited(string key, string? organ, string? date, SourceRef where) => MentionsOf(key, organ).Add(date, where);

    public Dictionary<string, CatalogueEntry> Build()
    {
        var catalogue = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        foreach (IGrouping<string, KeyValuePair<(string Key, string? Organ), Mentions>> byKey in _mentions.GroupBy(m => m.Key.Key))
        {
            var withOrgan = byKey.Where(m => m.Key.Organ is not null).Select(m => m.Value).ToList();
            Mentions? unattributed = byKey.FirstOrDefault(m => m.Key.Organ is null).Value;

            // A mention that names no organ belongs to the only organ the corpus gives that number.
            if (unattributed is not null && withOrgan.Count == 1)
            {
                withOrgan[0].Absorb(unattributed);
                unattributed = null;
            }

            Mentions primary = withOrgan.Append(unattributed).OfType<Mentions>()
                .OrderByDescending(m => m.File is not null)
                .ThenByDescending(m => m.Seen.Count)
                .ThenBy(m => m.FirstOrder)
                .First();
            catalogue[byKey.Key] = primary.ToEntry(byKey.Key);
        }

        return catalogue;
    }

    private Mentions MentionsOf(string key, string? organ)
    {
        if (!_mentions.TryGetValue((key, organ), out Mentions? mentions))
        {
            mentions = new Mentions(organ, _order++);
            _mentions[(key, organ)] = mentions;
        }

        return mentions;
    }

    private sealed class Mentions(string? organ, int firstOrder)
    {
        private readonly Dictionary<string, (int Count, List<SourceRef> Seen, int Order)> _dates = new(StringComparer.Ordinal);

        public int FirstOrder { get; } = firstOrder;

        public string? File { get; set; }

        public string? Title { get; set; }

        public string? Opening { get; set; }

        public string? OwnDate { get; set; }

        public List<SourceRef> Seen { get; } = [];

        public void Add(string? date, SourceRef where)
        {
            Seen.Add(where);
            if (date is null)
            {
                return;
            }

            (int Count, List<SourceRef> Seen, int Order) tally = _dates.TryGetValue(date, out var found) ? found : (0, [], _dates.Count);
            tally.Seen.Add(where);
            _dates[date] = (tally.Count + 1, tally.Seen, tally.Order);
        }

        public void Absorb(Mentions other)
        {
            File ??= other.File;
            Title ??= other.Title;
            Opening ??= other.Opening;
            OwnDate ??= other.OwnDate;
            Seen.AddRange(other.Seen);
            foreach ((string date, (int Count, List<SourceRef> Seen, int Order) tally) in other._dates)
            {
                (int Count, List<SourceRef> Seen, int Order) mine = _dates.TryGetValue(date, out var found) ? found : (0, [], _dates.Count);
                mine.Seen.AddRange(tally.Seen);
                _dates[date] = (mine.Count + tally.Count, mine.Seen, mine.Order);
            }
        }

        /// <summary>The resolution's own date first; then the most frequent; among equals, the first given.</summary>
        public CatalogueEntry ToEntry(string key)
        {
            var dates = _dates
                .OrderByDescending(d => d.Key == OwnDate)
                .ThenByDescending(d => d.Value.Count)
                .ThenBy(d => d.Value.Order)
                .Select(d => new CatalogueDate(d.Key, d.Value.Count, d.Value.Seen))
                .ToList();
            return new CatalogueEntry(key)
            {
                Organ = organ,
                AdoptionDate = dates.Count > 0 ? dates[0].Date : null,
                Title = Title,
                File = File,
                Opening = Opening,
                Seen = Seen,
                Dates = dates,
            };
        }
    }
}
