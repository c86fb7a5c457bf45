using System.CommandLine;
using Resolint.Core.Catalogue;
using Resolint.Core.Checking;

namespace Resolint.Cli;

/// <summary>
/// `resolint catalogue stats` and `resolint catalogue find 78/218` (or `find migrants`): what the catalogue of
/// resolutions holds, for a person at a terminal. The files are those of the nearest <c>.resolint.json</c>'s
/// "catalogue" setting, and any named with <c>--catalogue</c>.
/// </summary>
public static class CatalogueCommand
{
    /// <summary>How many resolutions `find` prints.</summary>
    private const int FoundShown = 20;

    public static Command Create(CliEnvironment environment)
    {
        var files = new Option<string[]>("--catalogue") { Description = "A catalogue file or pattern (JSON lines or CSV; repeatable), besides the configuration's" };
        var stats = new Command("stats", "Resolutions per organ and session, and per file; lines that could not be read.") { files };
        stats.SetAction(parsed => Run(environment, parsed.GetValue(files) ?? [], null, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        var query = new Argument<string>("query") { Description = "A resolution number (\"78/218\", or \"78/2\" for all that start so) or words of a title (\"migrants\")" };
        var find = new Command("find", "Find resolutions by number or by words of their title.") { query, files };
        find.SetAction(parsed => Run(environment, parsed.GetValue(files) ?? [], parsed.GetValue(query), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return new Command("catalogue", "What the catalogue of resolutions holds (the \"catalogue\" setting of .resolint.json, or --catalogue).") { stats, find };
    }

    private static int Run(CliEnvironment environment, IReadOnlyList<string> named, string? query, TextWriter output, TextWriter error)
    {
        Configuration configuration;
        try
        {
            configuration = new ConfigurationLookup(ConfigurationReader.KnownRuleIds(environment.Descriptors)).ForFolder(environment.WorkingDirectory);
        }
        catch (ConfigurationException ex)
        {
            foreach (ConfigurationError mistake in ex.Errors)
            {
                error.WriteLine($"resolint: {mistake}");
            }

            return ExitCodes.UsageOrIoError;
        }

        IReadOnlyList<string> patterns = [.. configuration.Catalogue, .. named.Select(f => Path.GetFullPath(f, environment.WorkingDirectory))];
        (IReadOnlyList<string> catalogueFiles, IReadOnlyList<string> unmatched) = CatalogueFiles.Expand(patterns);
        foreach (string pattern in unmatched)
        {
            error.WriteLine($"resolint: no catalogue file matches '{pattern}'");
        }

        if (unmatched.Count > 0)
        {
            return ExitCodes.UsageOrIoError;
        }

        if (catalogueFiles.Count == 0)
        {
            error.WriteLine("resolint: no catalogue: name files with --catalogue, or list them under \"catalogue\" in .resolint.json");
            return ExitCodes.UsageOrIoError;
        }

        ResolutionCatalogue catalogue = environment.LoadCatalogue(catalogueFiles);
        foreach (string problem in catalogue.Problems)
        {
            error.WriteLine($"resolint: {problem}");
        }

        if (query is null)
        {
            output.WriteLine($"{catalogue.Count} resolutions from {catalogueFiles.Count} file{(catalogueFiles.Count == 1 ? string.Empty : "s")}.");
            foreach ((string organ, string session, int count) in catalogue.CountsBySession())
            {
                output.WriteLine($"  {organ}, {session}: {count}");
            }

            foreach ((string file, int count) in catalogue.CountsBySource())
            {
                output.WriteLine($"  {Path.GetRelativePath(environment.WorkingDirectory, file)}: {count}");
            }

            return ExitCodes.Clean;
        }

        IReadOnlyList<CatalogueRecord> found = catalogue.Search(query, FoundShown);
        if (found.Count == 0)
        {
            error.WriteLine($"resolint: the catalogue has no resolution '{query}'.");
            return ExitCodes.ProblemsFound;
        }

        foreach (CatalogueRecord record in found)
        {
            output.WriteLine($"{record.Symbol}  {record.AdoptionDate ?? "(no date)"}  {record.Title}");
            string details = string.Join("; ", new[] { record.Organ, record.Meeting, record.Committee, record.AgendaItem, record.HowAdopted }.OfType<string>());
            output.WriteLine($"    {details}");
        }

        return ExitCodes.Clean;
    }
}
