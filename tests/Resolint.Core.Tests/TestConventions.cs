using Resolint.Core.Corpus;

namespace Resolint.Core.Tests;

/// <summary>The conventions the tests check against: learned once from the bundled seeds.</summary>
internal static class TestConventions
{
    public static ConventionModel Model => BundledConventions.Model;
}
