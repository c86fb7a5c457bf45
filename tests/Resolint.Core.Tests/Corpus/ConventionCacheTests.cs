using Resolint.Core.Corpus;

namespace Resolint.Core.Tests.Corpus;

public sealed class ConventionCacheTests
{
    [Fact]
    public void Without_folders_the_cache_gives_the_bundled_model()
    {
        Assert.Same(BundledConventions.Model, new ConventionCache().Get([]));
    }

    [Fact]
    public void The_same_folders_give_the_same_model_until_a_file_changes()
    {
        using var folder = new TemporaryFolder();
        string file = folder.Write("A-RES-75-1.txt", SampleResolutions.GeneralAssembly());
        var cache = new ConventionCache();

        ConventionModel first = cache.Get([folder.Path]);
        Assert.Same(first, cache.Get([folder.Path]));
        Assert.NotNull(first.FindOperativeVerb("Proclaims"));
        Assert.Equal(file, first.Catalogue["75/1"].File);
        Assert.NotNull(first.Catalogue["68/171"].File);

        File.WriteAllText(file, SampleResolutions.GeneralAssembly(operativeVerb: "Declares"));
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        ConventionModel second = cache.Get([folder.Path]);

        Assert.NotSame(first, second);
        Assert.Null(second.FindOperativeVerb("Proclaims"));
        Assert.NotNull(second.FindOperativeVerb("Declares"));
        Assert.Same(second, cache.Get([folder.Path]));
    }

    [Fact]
    public void A_file_added_to_a_folder_is_learned()
    {
        using var folder = new TemporaryFolder();
        folder.Write("A-RES-75-1.txt", SampleResolutions.GeneralAssembly());
        var cache = new ConventionCache();
        ConventionModel first = cache.Get([folder.Path]);

        folder.Write("more/A-RES-76-1.txt", SampleResolutions.GeneralAssembly(number: "76/1"));
        ConventionModel second = cache.Get([folder.Path]);

        Assert.NotSame(first, second);
        Assert.True(second.Catalogue.ContainsKey("76/1"));
    }

    [Fact]
    public void A_missing_folder_leaves_the_bundled_conventions_and_a_problem()
    {
        string missing = Path.Combine(Path.GetTempPath(), "resolint-no-such-folder-" + Guid.NewGuid().ToString("N"));

        ConventionModel model = new ConventionCache().Get([missing]);

        Assert.Equal(BundledConventions.Model.Files, model.Files);
        Assert.Contains("does not exist", Assert.Single(model.Problems), StringComparison.Ordinal);
    }
}
