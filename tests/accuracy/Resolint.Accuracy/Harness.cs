using Resolint.Accuracy.Slips;

namespace Resolint.Accuracy;

/// <summary>One adopted text checked: its false findings and its caveats (findings that are not false, and why).</summary>
public sealed record CheckedText(AdoptedText Text, IReadOnlyList<Finding> Findings, IReadOnlyList<Finding> False, IReadOnlyList<(Finding Finding, string Why)> Caveats);

/// <summary>A copy of a text with one slip of a kind.</summary>
public sealed record SlipCopy(SlipKind Kind, AdoptedText Text, Slip Slip);

/// <summary>The slipped copies of a run, and how many texts of each form could hold each kind.</summary>
public sealed record Injection(IReadOnlyList<SlipCopy> Copies, IReadOnlyDictionary<SlipKind, (int Plain, int Markdown)> Applicable);

/// <summary>One slipped copy of a text: was its slip reported where it stands?</summary>
public sealed record SlipOutcome(SlipKind Kind, AdoptedText Text, Slip Slip, bool Caught, IReadOnlyList<Finding> New);

/// <summary>
/// The two measurements: findings on adopted texts (every one false unless a caveat says otherwise), and recall on
/// copies of them with one slip injected each.
/// </summary>
public static class Harness
{
    public static CheckedText Check(AdoptedText text)
    {
        IReadOnlyList<Finding> findings = Engine.Check(text.Text, text.Form);
        var caveats = new List<(Finding, string)>();
        var falseFindings = new List<Finding>();
        foreach (Finding finding in findings)
        {
            if (Caveats.Of(text, finding) is { } why)
            {
                caveats.Add((finding, why));
            }
            else
            {
                falseFindings.Add(finding);
            }
        }

        return new CheckedText(text, findings, falseFindings, caveats);
    }

    /// <summary>
    /// Whether the slip was caught: a finding of one of the kind's rules on the slip's lines (anywhere, for a
    /// draft-level kind) that the text did not have there before, by rule and message (a line that already had a
    /// false finding of the rule catches the slip when the rule now says something else there).
    /// </summary>
    public static bool Caught(SlipKind kind, Slip slip, IReadOnlyList<Finding> before, IReadOnlyList<Finding> after)
    {
        bool Counts(Finding f) => kind.Rules.Contains(f.RuleId) && (kind.DraftLevel || (f.Line >= slip.Line && f.Line <= slip.LastLine));
        var had = before.Where(Counts).Select(f => (f.RuleId, f.Message)).ToList();
        foreach (Finding f in after.Where(Counts))
        {
            if (!had.Remove((f.RuleId, f.Message)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Copies of the texts with one slip each: for every kind, up to <paramref name="maxCopies"/> texts that can hold
    /// it, chosen in a fixed pseudo-random order (the same on every run), one place in each; and how many texts of
    /// each form could hold each kind.
    /// </summary>
    public static Injection Inject(IReadOnlyList<AdoptedText> texts, IEnumerable<SlipKind> kinds, int maxCopies)
    {
        var layouts = texts.AsParallel().ToDictionary(t => t, t => Layout.Read(t.Text, t.IsMarkdown));
        var copies = new List<SlipCopy>();
        var applicable = new Dictionary<SlipKind, (int Plain, int Markdown)>();
        foreach (SlipKind kind in kinds)
        {
            int plain = 0, markdown = 0, taken = 0;
            foreach (AdoptedText text in texts.OrderBy(t => StableHash(kind.Id + "|" + t.Name)).ThenBy(t => t.Path, StringComparer.Ordinal))
            {
                IReadOnlyList<SlipPlace> places = kind.MarkdownOnly && !text.IsMarkdown ? [] : kind.Places(layouts[text]);
                if (places.Count == 0)
                {
                    continue;
                }

                if (text.IsMarkdown)
                {
                    markdown++;
                }
                else
                {
                    plain++;
                }

                if (taken < maxCopies)
                {
                    copies.Add(new SlipCopy(kind, text, places[(int)(StableHash(text.Name + "|" + kind.Id) % (uint)places.Count)].Apply(text.Text)));
                    taken++;
                }
            }

            applicable[kind] = (plain, markdown);
        }

        return new Injection(copies, applicable);
    }

    public static IReadOnlyList<SlipOutcome> Score(IReadOnlyList<SlipCopy> copies, IReadOnlyDictionary<AdoptedText, CheckedText> checkedTexts) =>
        copies
            .AsParallel()
            .AsOrdered()
            .Select(c =>
            {
                IReadOnlyList<Finding> before = checkedTexts[c.Text].Findings;
                IReadOnlyList<Finding> after = Engine.Check(c.Slip.After, c.Text.Form);
                var added = after.ToList();
                foreach (Finding f in before)
                {
                    added.Remove(f);
                }

                return new SlipOutcome(c.Kind, c.Text, c.Slip, Caught(c.Kind, c.Slip, before, after), added);
            })
            .ToList();

    /// <summary>FNV-1a: a hash that is the same in every process (string.GetHashCode is not).</summary>
    public static uint StableHash(string s)
    {
        uint hash = 2166136261;
        foreach (char c in s)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
