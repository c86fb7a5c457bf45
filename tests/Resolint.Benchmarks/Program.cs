using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Resolint.Benchmarks;

// dotnet run -c Release --project tests/Resolint.Benchmarks -- --filter '*' [--quick]
// --quick: a short in-process run (3 warm-ups, 8 iterations), a couple of minutes on a small machine.
// --catalogue-latency: each completion and hover of CatalogueBenchmarks timed on its own (percentiles), no BenchmarkDotNet.
if (args.Contains("--catalogue-latency"))
{
    CatalogueBenchmarks.PrintLatencies(Console.Out);
    return;
}

// --write-catalogue FILE: the synthetic catalogue of 50,000 resolutions as the UN's JSON lines, for the LSP script
// (tests/bench/catalogue.sh) to configure a server with.
if (Array.IndexOf(args, "--write-catalogue") is int at and >= 0 && at + 1 < args.Length)
{
    File.WriteAllText(args[at + 1], CatalogueBenchmarks.Synthetic(50_000));
    return;
}

bool quick = args.Contains("--quick");
IConfig config = DefaultConfig.Instance.AddColumn(new ThroughputColumn(), StatisticColumn.Median);
if (quick)
{
    config = config.AddJob(Job.ShortRun.WithIterationCount(8).WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"));
}

BenchmarkSwitcher.FromAssembly(typeof(CheckingBenchmarks).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
