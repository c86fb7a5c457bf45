using System.Globalization;
using System.Text.Json;
using Resolint.Accuracy.Slips;

namespace Resolint.Accuracy;

/// <summary>The figures of one run, by organ and form, the recall by slip kind, and whether they are within the thresholds.</summary>
public sealed class Report(IReadOnlyList<CheckedText> texts, IReadOnlyList<SlipKind> kinds, IReadOnlyList<SlipOutcome> outcomes, IReadOnlyDictionary<SlipKind, (int Plain, int Markdown)> applicable, int maxCopies)
{
    /// <summary>Issue 11: at most this many warnings and errors per 1,000 words of adopted text, in each form.</summary>
    public const double MaxFindingsPerThousandWords = 0.2;

    /// <summary>Issue 11: at least this share of the texts of every organ, in each form, with no warning or error.</summary>
    public const double MinCleanShare = 0.95;

    /// <summary>Issue 11: at least this share of the injected slips of every kind reported on their line.</summary>
    public const double MinRecall = 0.98;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The figures of one group of texts (a form, an organ within it).</summary>
    public sealed record Group(string Form, string Organ, int Texts, long Words, int Findings, int Clean, int Caveats, IReadOnlyList<(string Rule, int Count)> Rules)
    {
        public double PerThousandWords => Words == 0 ? 0 : 1000.0 * Findings / Words;

        public double CleanShare => Texts == 0 ? 1 : (double)Clean / Texts;
    }

    /// <summary>The recall of one slip kind, in each form and over both.</summary>
    public sealed record Recall(SlipKind Kind, int PlainCaught, int PlainCopies, int MarkdownCaught, int MarkdownCopies)
    {
        /// <summary>How many texts could hold the kind, of which <see cref="Copies"/> were slipped.</summary>
        public int Applicable { get; init; }

        public int Caught => PlainCaught + MarkdownCaught;

        public int Copies => PlainCopies + MarkdownCopies;

        public double Share => Copies == 0 ? 1 : (double)Caught / Copies;
    }

    private static string FormName(AdoptedText t) => t.IsMarkdown ? "Markdown" : "plain";

    public IReadOnlyList<Group> Groups { get; } = BuildGroups(texts);

    public IReadOnlyList<Recall> Recalls { get; } = kinds.Select(k => new Recall(
        k,
        outcomes.Count(o => o.Kind == k && !o.Text.IsMarkdown && o.Caught),
        outcomes.Count(o => o.Kind == k && !o.Text.IsMarkdown),
        outcomes.Count(o => o.Kind == k && o.Text.IsMarkdown && o.Caught),
        outcomes.Count(o => o.Kind == k && o.Text.IsMarkdown))
    {
        Applicable = applicable.TryGetValue(k, out (int Plain, int Markdown) a) ? a.Plain + a.Markdown : 0,
    }).ToList();

    /// <summary>What is above a threshold, in words; empty when every figure is within them.</summary>
    public IReadOnlyList<string> Breaches
    {
        get
        {
            var breaches = new List<string>();
            foreach (Group g in Groups)
            {
                if (g.Organ == "all" && g.PerThousandWords > MaxFindingsPerThousandWords)
                {
                    breaches.Add($"{g.Form}: {g.PerThousandWords.ToString("0.00", Invariant)} warnings+errors per 1,000 words (at most {MaxFindingsPerThousandWords.ToString(Invariant)})");
                }

                if (g.Organ != "all" && g.CleanShare < MinCleanShare)
                {
                    breaches.Add($"{g.Form}, {g.Organ}: {Percent(g.CleanShare)} of texts with none (at least {Percent(MinCleanShare)})");
                }
            }

            foreach (Recall r in Recalls.Where(r => r.Copies > 0 && r.Share < MinRecall))
            {
                breaches.Add($"slip {r.Kind.Id}: recall {r.Share.ToString("0.00", Invariant)} (at least {MinRecall.ToString(Invariant)})");
            }

            return breaches;
        }
    }

    public bool WithinThresholds => Breaches.Count == 0;

    /// <summary>How far a figure may move against a floor before it counts as worse (rounding, not a slip).</summary>
    public const double FloorTolerance = 0.005;

    /// <summary>
    /// The run's figures by name, for a floor (<c>--write-floor</c>): per form and organ the false findings per 1,000
    /// words ("…|per-1000-words", lower is better) and the share of clean texts ("…|clean-share"), and each slip
    /// kind's recall ("recall|kind"); higher is better for all but the first.
    /// </summary>
    public IReadOnlyDictionary<string, double> Figures()
    {
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (Group g in Groups)
        {
            figures[$"{g.Form}|{g.Organ}|per-1000-words"] = Math.Round(g.PerThousandWords, 3);
            figures[$"{g.Form}|{g.Organ}|clean-share"] = Math.Round(g.CleanShare, 3);
        }

        foreach (Recall r in Recalls.Where(r => r.Copies > 0))
        {
            figures[$"recall|{r.Kind.Id}"] = Math.Round(r.Share, 3);
        }

        return figures;
    }

    /// <summary>The figures worse than a floor of figures reached before, in words; a figure the floor lacks is new and passes.</summary>
    public IReadOnlyList<string> WorseThan(IReadOnlyDictionary<string, double> floor)
    {
        var worse = new List<string>();
        foreach ((string name, double now) in Figures())
        {
            if (!floor.TryGetValue(name, out double before))
            {
                continue;
            }

            bool lowerIsBetter = name.EndsWith("|per-1000-words", StringComparison.Ordinal);
            if (lowerIsBetter ? now > before + FloorTolerance : now < before - FloorTolerance)
            {
                worse.Add($"{name}: {now.ToString("0.000", Invariant)}, was {before.ToString("0.000", Invariant)}");
            }
        }

        return worse;
    }

    public void Print(TextWriter o)
    {
        o.WriteLine("Findings on adopted texts (each one false, unless a caveat says otherwise)");
        o.WriteLine($"{"form",-9} {"organ",-21} {"texts",6} {"words",9} {"findings",9} {"/1,000 words",12} {"with none",10} {"caveats",8}");
        foreach (Group g in Groups)
        {
            o.WriteLine($"{g.Form,-9} {g.Organ,-21} {g.Texts,6} {g.Words,9} {g.Findings,9} {g.PerThousandWords.ToString("0.00", Invariant),12} {Percent(g.CleanShare),10} {g.Caveats,8}");
        }

        o.WriteLine();
        o.WriteLine("Rules that fired (false findings)");
        foreach (Group g in Groups.Where(g => g.Rules.Count > 0))
        {
            o.WriteLine($"  {g.Form}, {g.Organ}: {string.Join(", ", g.Rules.Select(r => $"{r.Rule} {r.Count}"))}");
        }

        o.WriteLine();
        o.WriteLine("Caveats (counted as found, not false)");
        foreach (IGrouping<string, (Finding Finding, string Why)> why in texts.SelectMany(t => t.Caveats).GroupBy(c => c.Why).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            o.WriteLine($"  {why.Key}: {why.Count()} findings in {texts.Count(t => t.Caveats.Any(c => c.Why == why.Key))} texts");
        }

        if (texts.All(t => t.Caveats.Count == 0))
        {
            o.WriteLine("  none");
        }

        var expected = texts.SelectMany(t => Caveats.GenuineSlips.Where(s => Caveats.BelongsTo(s, t.Text)).Select(s => (t, s))).ToList();
        if (expected.Count > 0)
        {
            int found = expected.Count(e => e.t.Caveats.Any(c => c.Why == Caveats.Listed && c.Finding.RuleId == e.s.RuleId));
            o.WriteLine($"  genuine slips listed in caveats.tsv: {found} of {expected.Count} found");
        }

        if (outcomes.Count > 0 || maxCopies > 0)
        {
            o.WriteLine();
            o.WriteLine($"Recall of injected slips (one slip per copy, at most {maxCopies} copies per kind; caught = reported on its line by the rule named)");
            o.WriteLine($"{"kind",-32} {"rules",-13} {"plain",9} {"Markdown",9} {"recall",7} {"of texts that can hold it",26}");
            foreach (Recall r in Recalls)
            {
                string recall = r.Copies == 0 ? "n/a" : r.Share.ToString("0.00", Invariant);
                o.WriteLine($"{r.Kind.Id,-32} {string.Join('/', r.Kind.Rules),-13} {$"{r.PlainCaught}/{r.PlainCopies}",9} {$"{r.MarkdownCaught}/{r.MarkdownCopies}",9} {recall,7} {$"{r.Copies} of {r.Applicable}",26}");
            }
        }

        o.WriteLine();
        IReadOnlyList<string> breaches = Breaches;
        o.WriteLine(breaches.Count == 0
            ? "Within the thresholds (0.2 per 1,000 words, 95 % of texts clean in every organ, recall 0.98 per kind)."
            : $"ABOVE THE THRESHOLDS ({breaches.Count}):");
        foreach (string breach in breaches)
        {
            o.WriteLine("  " + breach);
        }
    }

    /// <summary>Every false finding of one rule, as an editor goes through them: file:line, message, the line.</summary>
    public void ListFalse(TextWriter o, string rule)
    {
        foreach (CheckedText t in texts)
        {
            foreach (Finding f in t.False.Where(f => string.Equals(f.RuleId, rule, StringComparison.OrdinalIgnoreCase)))
            {
                o.WriteLine($"{t.Text.Path}:{f.Line}: {f.RuleId} {f.Message}");
                o.WriteLine("    | " + Caveats.LineText(t.Text.Text, f.Line));
            }
        }
    }

    /// <summary>The copies of one slip kind that were not caught: where the slip is, its line, and what was found instead.</summary>
    public void ListMissed(TextWriter o, string kind)
    {
        foreach (SlipOutcome m in outcomes.Where(x => x.Kind.Id == kind && !x.Caught))
        {
            o.WriteLine($"{m.Text.Path}:{m.Slip.Line}: {kind} not reported by {string.Join('/', m.Kind.Rules)}");
            o.WriteLine("    | " + Caveats.LineText(m.Slip.After, m.Slip.Line));
            foreach (Finding f in m.New)
            {
                o.WriteLine($"    found instead: {f}");
            }
        }
    }

    public void WriteJson(string file)
    {
        var json = new
        {
            groups = Groups.Select(g => new { form = g.Form, organ = g.Organ, texts = g.Texts, words = g.Words, findings = g.Findings, perThousandWords = Math.Round(g.PerThousandWords, 3), clean = g.Clean, cleanShare = Math.Round(g.CleanShare, 4), caveats = g.Caveats, rules = g.Rules.ToDictionary(r => r.Rule, r => r.Count) }),
            recall = Recalls.Select(r => new { kind = r.Kind.Id, rules = r.Kind.Rules, plainCaught = r.PlainCaught, plainCopies = r.PlainCopies, markdownCaught = r.MarkdownCaught, markdownCopies = r.MarkdownCopies, applicableTexts = r.Applicable, recall = Math.Round(r.Share, 4) }),
            thresholds = new { maxFindingsPerThousandWords = MaxFindingsPerThousandWords, minCleanShare = MinCleanShare, minRecall = MinRecall },
            breaches = Breaches,
        };
        File.WriteAllText(file, JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string Percent(double share) => (100 * share).ToString("0.0", Invariant) + " %";

    private static List<Group> BuildGroups(IReadOnlyList<CheckedText> texts)
    {
        var groups = new List<Group>();
        foreach (IGrouping<string, CheckedText> form in texts.GroupBy(t => FormName(t.Text)).OrderBy(g => g.Key == "Markdown"))
        {
            foreach (string organ in Organs.All.Append("all"))
            {
                var members = form.Where(t => organ == "all" || t.Text.Organ == organ).ToList();
                if (members.Count > 0)
                {
                    groups.Add(new Group(
                        form.Key,
                        organ,
                        members.Count,
                        members.Sum(t => (long)t.Text.Words),
                        members.Sum(t => t.False.Count),
                        members.Count(t => t.False.Count == 0),
                        members.Sum(t => t.Caveats.Count),
                        members.SelectMany(t => t.False).GroupBy(f => f.RuleId).Select(g => (g.Key, g.Count())).OrderByDescending(r => r.Item2).ThenBy(r => r.Key, StringComparer.Ordinal).ToList()));
                }
            }
        }

        return groups;
    }
}
