namespace Resolint.Core.Corpus;

/// <summary>
/// The conventions learned from a corpus. Built once per corpus by the learner; read, never written, by the
/// checker, completion and hover.
/// </summary>
public sealed class ConventionModel
{
    public static ConventionModel Empty { get; } = new();
}
