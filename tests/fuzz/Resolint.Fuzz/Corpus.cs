using Resolint.Core.Drafts;

namespace Resolint.Fuzz;

/// <summary>A text to mutate, with the form its file name gives it.</summary>
internal sealed record SeedText(string Name, string Text, DraftForm? Form);

/// <summary>
/// The texts mutations start from: the project's seeds, and a sample of the adopted texts of ../shared/devset where
/// that folder exists (read in place, never copied into the project).
/// </summary>
internal static class Corpus
{
    /// <summary>Enough texts of each devset folder to meet every organ and layout it has, few enough to load in a moment.</summary>
    private const int DevsetSamplePerFolder = 120;

    public static IReadOnlyList<SeedText> Load(string root)
    {
        var texts = new List<SeedText>();
        AddFolder(texts, Path.Combine(root, "seeds"), int.MaxValue);
        foreach (string folder in new[] { "texts", "texts_md" })
        {
            AddFolder(texts, Path.Combine(root, "..", "shared", "devset", folder), DevsetSamplePerFolder);
        }

        return texts;
    }

    private static void AddFolder(List<SeedText> texts, string folder, int sample)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        string[] files = Directory.GetFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        int step = Math.Max(1, files.Length / sample); // evenly spread over the folder: every year and body in it
        for (int i = 0; i < files.Length; i += step)
        {
            texts.Add(new SeedText(Path.GetFileName(files[i]), File.ReadAllText(files[i]), Core.Checking.Configuration.Default.FormOf(files[i])));
        }
    }
}
