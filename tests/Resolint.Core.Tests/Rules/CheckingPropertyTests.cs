using CsCheck;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Rules;

namespace Resolint.Core.Tests.Rules;

/// <summary>
/// Checking with every rule of the catalogue, and applying every fix, never throws on random or mutated
/// drafts; fixing settles in a few passes and fixing again changes nothing.
/// </summary>
public sealed class CheckingPropertyTests
{
    /// <summary>
    /// Passes of the fix applier: overlapping fixes wait for the next pass, and a renumbering can change how the
    /// next pass reads the paragraphs it numbered (a Markdown item "13. →1.→Decides" in garbled input), so one
    /// is not always enough; a fix that keeps finding work forever is the failure this bound catches.
    /// </summary>
    private const int MaxPasses = 10;

    private static readonly string[] SeedTexts = Directory
        .EnumerateFiles(Path.Combine(RuleFixtureTests.RepositoryRoot(), "seeds"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    /// <summary>With spellings and catalogue dates, so the rules that read learned facts take part.</summary>
    private static readonly ConventionModel Conventions = HandBuiltConventions.With(
        TestConventions.Model,
        HandBuiltConventions.SeedSpellings,
        [
            new CatalogueEntry("66/169") { Organ = "General Assembly", AdoptionDate = "19 December 2011" },
            new CatalogueEntry("5/1") { Organ = "Human Rights Council", AdoptionDate = "18 June 2007" },
        ]);

    /// <summary>Characters that matter to the rules: markers, brackets, quotes, spaces, look-alike letters, punctuation.</summary>
    private static readonly Gen<char> Telling = Gen.Char["()[]“”‘’\"*_ \t\n¹²³⁴⁰l0O19/.,;:-"];

    private static readonly Gen<char> AnyCharacter = Gen.Frequency((3, Telling), (1, Gen.Char));

    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, SeedTexts.Length - 1], Mutation.Array[1, 6])
            .Select((seed, mutations) => mutations.Aggregate(SeedTexts[seed], (text, mutate) => mutate(text)));

    /// <summary>Delete, duplicate or swap lines, insert characters, or truncate.</summary>
    private static Gen<Func<string, string>> Mutation =>
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.String[AnyCharacter, 1, 4])
            .Select((kind, a, b, inserted) => (Func<string, string>)(text =>
            {
                var lines = text.Split('\n').ToList();
                int i = a % lines.Count;
                int j = b % lines.Count;
                switch (kind)
                {
                    case 0:
                        lines.RemoveAt(i);
                        break;
                    case 1:
                        lines.Insert(i, lines[i]);
                        break;
                    case 2:
                        (lines[i], lines[j]) = (lines[j], lines[i]);
                        break;
                    case 3:
                        return text.Insert(a % (text.Length + 1), inserted);
                    default:
                        return text[..(a % (text.Length + 1))];
                }

                return string.Join('\n', lines);
            }));

    [Fact]
    public void Mutated_seeds_check_and_fix_without_throwing_and_fixing_again_changes_nothing()
    {
        Gen.Select(Mutated, Gen.Bool).Sample((text, markdown) => AssertChecksAndFixes(text, markdown ? DraftForm.Markdown : null), iter: 150);
    }

    /// <summary>Inputs the fuzzing harness (tests/fuzz) found: a crash on a line with no words after the adoption line, and fixes that never settled around a code fence.</summary>
    [Theory]
    [InlineData("9.\n9th meeting\n² /\n\n1.", DraftForm.PlainText)]
    [InlineData("Rcalling further* the opinion rea omnes*,[^8]\n\n*3rd meeting*\n[^8]:\r\r8.", DraftForm.Markdown)]
    [InlineData("3. e;\n~~~", DraftForm.Markdown)]
    [InlineData("The General Assembly,\n\n1. *Decides* x;\n\n```\n\n2. *Requests* y.\n", DraftForm.Markdown)]
    [InlineData("```\n1.\n___\n[^2]:.\n2. .", DraftForm.Markdown)]
    public void Inputs_the_fuzzer_found_check_and_fix_and_settle(string text, DraftForm form) => AssertChecksAndFixes(text, form);

    [Fact]
    public void Random_text_checks_and_fixes_without_throwing_and_fixing_again_changes_nothing()
    {
        Gen.Select(Gen.String[AnyCharacter, 0, 600], Gen.Bool).Sample((text, markdown) => AssertChecksAndFixes(text, markdown ? DraftForm.Markdown : DraftForm.PlainText), iter: 300);
    }

    [Fact]
    public void Random_lines_of_resolution_shapes_check_and_fix()
    {
        string[] shapes =
        [
            "The General Assembly,", "\t1.\tDecides to act;", "1. *Decides*  to act", "(a) To report;", "¹ Ibid.", "2 Ibid.",
            "Recalling its resolution 66/169 of 19 December 2011,", "Recalling resolution 66/169 of 19th December, 2001,",
            "\t2.\tRequests the Secretary General to report (see paragraph 9 above;", "3 See A/63/288, A/64/226 and A/68//208",
            "1 See Official Records of the General Assembly, Sixty-sixth Session, Supplement 53 (A/67/53), chap. II, sect. A.",
            "Recalling Council resolutions 5/1 and 5/2 of 18 June 20071 and the program of l993,2", "70th plenary meeting",
            "18 December 2013", "[Adopted without a vote.]", "“Modalities", "States’ rights)", "", "\t",
        ];
        Gen<string> line = Gen.Int[0, shapes.Length - 1].Select(i => shapes[i]);
        Gen.Select(line.Array[0, 30], Gen.Bool).Sample((lines, markdown) =>
        {
            string text = string.Join(markdown ? "\n\n" : "\n", lines);
            AssertChecksAndFixes(text, markdown ? DraftForm.Markdown : DraftForm.PlainText);
        }, iter: 300);
    }

    private static void AssertChecksAndFixes(string text, DraftForm? form)
    {
        string once = FixAll(text, form);
        Assert.Equal(once, FixAll(once, form));
    }

    /// <summary>Applies the fixes pass after pass until none is left; they must settle within <see cref="MaxPasses"/>.</summary>
    private static string FixAll(string text, DraftForm? form)
    {
        var checker = new Checker(Conventions, CheckOptions.Default, RuleCatalogue.All);
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            Draft draft = DraftParser.Parse(text, form);
            IReadOnlyList<Diagnostic> diagnostics = checker.Check(draft).Diagnostics;
            foreach (Diagnostic diagnostic in diagnostics)
            {
                Assert.InRange(diagnostic.Span.Start, 0, text.Length);
                Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
            }

            IReadOnlyList<Text.TextEdit> edits = FixApplier.Collect(diagnostics);
            if (edits.Count == 0)
            {
                return text;
            }

            text = Text.SourceText.ApplyEdits(text, edits);
        }

        Assert.Fail($"Fixes did not settle within {MaxPasses} passes:\n{text}");
        return text;
    }
}
