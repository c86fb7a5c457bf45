using System.Text;
using System.Text.RegularExpressions;

namespace Resolint.Cli;

/// <summary>
/// A file pattern as shells write it, for CI systems and Windows shells that pass patterns unexpanded:
/// <c>*</c> and <c>?</c> within a name, <c>**</c> across folders, <c>[abc]</c>/<c>[!abc]</c> and <c>{md,txt}</c>.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;
    private readonly int _depth;

    private Glob(string baseDirectory, string pattern)
    {
        BaseDirectory = baseDirectory;
        Pattern = pattern;
        try
        {
            // Non-backtracking: matching time grows linearly with the name, whatever the pattern ("a*a*a*a*a*b").
            _regex = new Regex(
                "^" + Translate(pattern) + "$",
                RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | (OperatingSystem.IsLinux() ? RegexOptions.None : RegexOptions.IgnoreCase));
        }
        catch (ArgumentException ex)
        {
            // A class the shell would reject too, such as the reversed range in "[z-a]".
            string why = (ex as RegexParseException)?.Error == RegexParseError.ReversedCharacterRange
                ? "a range in [...] runs backwards"
                : "it cannot be read as a file pattern";
            throw new FormatException($"'{pattern}' is not a valid pattern: {why}", ex);
        }

        _depth = pattern.Contains("**", StringComparison.Ordinal) ? int.MaxValue : pattern.Count(c => c == '/') + 1;
    }

    /// <summary>The folder the pattern starts in: its leading segments without wildcards ("." when none).</summary>
    public string BaseDirectory { get; }

    /// <summary>The part of the pattern below <see cref="BaseDirectory"/>, '/'-separated.</summary>
    public string Pattern { get; }

    public static bool IsGlob(string path) => path.AsSpan().IndexOfAny("*?[{") >= 0;

    /// <exception cref="FormatException">The pattern cannot be read (its message says why).</exception>
    public static Glob Parse(string glob)
    {
        string normalized = OperatingSystem.IsWindows() ? glob.Replace('\\', '/') : glob;
        string[] segments = normalized.Split('/');
        int literal = 0;
        while (literal < segments.Length - 1 && !IsGlob(segments[literal]))
        {
            literal++;
        }

        string baseDirectory = literal == 0 ? "." : string.Join('/', segments[..literal]);
        return new Glob(baseDirectory.Length == 0 ? "/" : baseDirectory, string.Join('/', segments[literal..]));
    }

    /// <summary>True when a '/'-separated path below the base folder matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

    /// <summary>The matching files, as '/'-separated paths below the base folder, in ordinal order. Hidden folders are not entered.</summary>
    public IEnumerable<string> Files(string workingDirectory)
    {
        var root = new DirectoryInfo(Path.GetFullPath(BaseDirectory, workingDirectory));
        if (!root.Exists)
        {
            return [];
        }

        var matches = new List<string>();
        Walk(root, string.Empty, 1, matches);
        matches.Sort(StringComparer.Ordinal);
        return matches;
    }

    private void Walk(DirectoryInfo folder, string prefix, int depth, List<string> matches)
    {
        foreach (FileSystemInfo entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 }))
        {
            string relative = prefix + entry.Name;
            if (entry is FileInfo && IsMatch(relative))
            {
                matches.Add(relative);
            }
            else if (entry is DirectoryInfo sub && depth < _depth && !DraftInputs.IsSkippedFolder(sub))
            {
                Walk(sub, relative + "/", depth + 1, matches);
            }
        }
    }

    private static string Translate(string pattern)
    {
        var regex = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                bool wholeSegment = (i == 0 || pattern[i - 1] == '/') && (i + 2 == pattern.Length || pattern[i + 2] == '/');
                if (wholeSegment && i + 2 < pattern.Length)
                {
                    // "**/" is any number of folders, none included.
                    regex.Append("(?:[^/]+/)*");
                    i += 2;
                }
                else
                {
                    regex.Append(".*");
                    i++;
                }
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '[' && ClassEnd(pattern, i) is int classEnd)
            {
                string members = pattern[(i + 1)..classEnd];
                bool negated = members.StartsWith('!') || members.StartsWith('^');
                regex.Append('[').Append(negated ? "^/" : string.Empty)
                    .Append(Regex.Escape(negated ? members[1..] : members).Replace("]", "\\]", StringComparison.Ordinal))
                    .Append(']');
                i = classEnd;
            }
            else if (c == '{' && pattern.IndexOf('}', i) is int braceEnd and > 0)
            {
                IEnumerable<string> choices = pattern[(i + 1)..braceEnd].Split(',').Select(Translate);
                regex.Append("(?:").Append(string.Join('|', choices)).Append(')');
                i = braceEnd;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        return regex.ToString();
    }

    /// <summary>Where a character class closes; a ']' right after '[' or '[!' is a member. Null when it never closes.</summary>
    private static int? ClassEnd(string pattern, int open)
    {
        int first = open + 1 < pattern.Length && pattern[open + 1] is '!' or '^' ? open + 2 : open + 1;
        int close = pattern.IndexOf(']', first + 1);
        return first < pattern.Length && close > 0 ? close : null;
    }
}
