namespace Resolint.Core.Tests;

/// <summary>The bundled seed resolutions as the tests read them: real adopted texts, in file-name order.</summary>
internal static class Seeds
{
    public static readonly string[] Texts = Directory
        .EnumerateFiles(Path.Combine(Rules.RuleFixtureTests.RepositoryRoot(), "seeds"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();
}
