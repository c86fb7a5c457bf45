namespace Resolint.Core.Tests;

/// <summary>The bundled seed resolutions as the tests read them: real adopted texts, in file-name order.</summary>
internal static class Seeds
{
    public static readonly string Folder = Path.Combine(Rules.RuleFixtureTests.RepositoryRoot(), "seeds");

    public static readonly string[] Texts = Directory
        .EnumerateFiles(Folder, "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToArray();

    /// <summary>One seed by file name ("A-RES-68-171.txt").</summary>
    public static string Text(string file) => File.ReadAllText(Path.Combine(Folder, file));
}
