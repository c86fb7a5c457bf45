using System.Globalization;
using Resolint.Accuracy.Slips;

namespace Resolint.Accuracy;

/// <summary>The command line of the harness.</summary>
public sealed record Options
{
    /// <summary>Copies per slip kind when --max-copies is not given: enough for a recall of 0.98 to mean something, few enough for a run of well under five minutes on two cores.</summary>
    public const int DefaultMaxCopies = 100;

    public const string Usage = """
        usage: resolint-accuracy [options] FOLDER…
          --report-only        print the figures and exit 0 whatever they are
          --json FILE          write the figures as JSON too
          --only-kinds K,K     inject only these slip kinds (ids as the report prints them)
          --max-copies N       slipped copies per kind (default 100; 0 = no slips)
          --list RULE          list the false findings of one rule: file:line, message, the line
          --missed KIND        list the slipped copies of one kind that were not caught
          --floor FILE         fail only where a figure is worse than the floor in FILE (the thresholds are still printed)
          --write-floor FILE   write this run's figures to FILE, as the floor later runs must not fall below
          --help               this text
        """;

    public IReadOnlyList<string> Folders { get; init; } = [];

    public bool ReportOnly { get; init; }

    public string? JsonFile { get; init; }

    public IReadOnlySet<string> OnlyKinds { get; init; } = new HashSet<string>();

    public int MaxCopies { get; init; } = DefaultMaxCopies;

    public string? ListRule { get; init; }

    public string? MissedKind { get; init; }

    public string? FloorFile { get; init; }

    public string? WriteFloorFile { get; init; }

    /// <summary>--help: print the usage and nothing else.</summary>
    public bool Help { get; init; }

    public static Options? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new Options();
        var folders = new List<string>();
        error = null;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? Value() => i + 1 < args.Count ? args[++i] : null;
            switch (arg)
            {
                case "--help" or "-h":
                    return new Options { Help = true };
                case "--report-only":
                    options = options with { ReportOnly = true };
                    break;
                case "--json":
                    options = options with { JsonFile = Value() ?? Missing(arg, out error) };
                    break;
                case "--only-kinds":
                    options = options with { OnlyKinds = (Value() ?? Missing(arg, out error) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() };
                    break;
                case "--max-copies":
                    if (!int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out int copies))
                    {
                        error = "--max-copies takes a whole number";
                        return null;
                    }

                    options = options with { MaxCopies = copies };
                    break;
                case "--list":
                    options = options with { ListRule = Value() ?? Missing(arg, out error) };
                    break;
                case "--missed":
                    options = options with { MissedKind = Value() ?? Missing(arg, out error) };
                    break;
                case "--floor":
                    options = options with { FloorFile = Value() ?? Missing(arg, out error) };
                    break;
                case "--write-floor":
                    options = options with { WriteFloorFile = Value() ?? Missing(arg, out error) };
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"unknown option {arg}";
                        return null;
                    }

                    if (!Directory.Exists(arg) && !File.Exists(arg))
                    {
                        error = $"no such folder: {arg}";
                        return null;
                    }

                    folders.Add(arg);
                    break;
            }

            if (error is not null)
            {
                return null;
            }
        }

        string? unknown = options.OnlyKinds.Concat(options.MissedKind is null ? [] : [options.MissedKind]).FirstOrDefault(k => SlipCatalogue.All.All(s => s.Id != k));
        if (unknown is not null)
        {
            error = $"no slip kind {unknown}; the kinds: {string.Join(", ", SlipCatalogue.All.Select(k => k.Id))}";
            return null;
        }

        if (folders.Count == 0)
        {
            error = "name at least one folder of adopted texts";
            return null;
        }

        return options with { Folders = folders };
    }

    private static string? Missing(string option, out string error)
    {
        error = $"{option} needs a value";
        return null;
    }
}
