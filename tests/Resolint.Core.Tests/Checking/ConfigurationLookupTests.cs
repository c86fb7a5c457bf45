using Resolint.Core.Checking;

namespace Resolint.Core.Tests.Checking;

public class ConfigurationLookupTests
{
    private static readonly string[] KnownRules = ["RES201"];

    [Fact]
    public void NearestFileUpwardGovernsAFolder()
    {
        using var folder = new TemporaryFolder();
        string outer = folder.Write(".resolint.json", "{ \"italics\": \"off\" }");
        string inner = folder.Write("third-committee/.resolint.json", "{ \"italics\": \"always\" }");
        var lookup = new ConfigurationLookup(KnownRules);

        Assert.Equal(inner, lookup.ForFolder(folder.Folder("third-committee/drafts/2024")).File);
        Assert.Equal(outer, lookup.ForFolder(folder.Folder("plenary")).File);
        Assert.Same(lookup.ForFolder(folder.Path), lookup.ForFolder(folder.Folder("plenary")));
    }

    [Fact]
    public void FolderWithoutConfigurationUpToTheRootGetsTheDefaults()
    {
        using var folder = new TemporaryFolder();
        var lookup = new ConfigurationLookup(KnownRules);

        Configuration configuration = lookup.ForFolder(folder.Folder("drafts"));

        // Unless the machine's temporary folder itself sits under a configuration, which no test machine does.
        Assert.Null(configuration.File);
    }

    [Fact]
    public void NamedFileThatIsMissingIsAnError()
    {
        using var folder = new TemporaryFolder();
        var lookup = new ConfigurationLookup(KnownRules);

        ConfigurationException error = Assert.Throws<ConfigurationException>(() => lookup.Load(Path.Combine(folder.Path, "ci.json")));

        Assert.Contains("cannot read the configuration", error.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MistakesInTheNearestFileSurfaceForEveryFolderBelowIt()
    {
        using var folder = new TemporaryFolder();
        folder.Write(".resolint.json", "{ \"rules\": { \"RES999\": \"off\" } }");
        var lookup = new ConfigurationLookup(KnownRules);

        Assert.Throws<ConfigurationException>(() => lookup.ForFolder(folder.Folder("a")));
        Assert.Throws<ConfigurationException>(() => lookup.ForFolder(folder.Folder("b")));
    }
}
