namespace Resolint.Core.Checking;

/// <summary>A mistake in a configuration file, and where it stands (1-based line and UTF-16 column; 0 when the file as a whole is at fault).</summary>
public sealed record ConfigurationError(string File, int Line, int Column, string Message)
{
    /// <summary>As compilers print it, so that editors and CI logs link to the place.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}

/// <summary>A configuration file that cannot be used; every mistake found in it is listed.</summary>
public sealed class ConfigurationException(IReadOnlyList<ConfigurationError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ConfigurationError> Errors { get; } = errors;
}
