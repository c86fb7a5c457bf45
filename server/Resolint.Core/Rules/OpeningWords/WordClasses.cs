using Resolint.Core.Corpus;

namespace Resolint.Core.Rules.OpeningWords;

/// <summary>
/// What the corpus learner's <see cref="OpenerGrammar"/> leaves open about an opening word: whether it is a
/// determiner ("The", "Its"), which opens no paragraph, or a verb that lost its ending ("Request", "Recall"),
/// asked of the lexicon and the corpus.
/// </summary>
internal static class WordClasses
{
    public static bool IsDeterminer(string word) => Lexicon.IsDeterminer(word);

    /// <summary>True when a word is a verb in its bare form: one the lexicon knows, or one the corpus uses in another form.</summary>
    public static bool IsBareVerb(string word, ConventionModel conventions) =>
        Lexicon.IsKnownVerb(word)
        || conventions.IsKnownOperativeVerb(VerbForms.ThirdPersonFromBase(word))
        || (VerbForms.ParticipleFromBase(word) is { } participle && conventions.IsKnownPreambularOpener(participle));
}
