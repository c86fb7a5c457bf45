using System.Collections.Concurrent;
using System.Diagnostics;
using CsCheck;

namespace Resolint.Fuzz;

/// <summary>A property the fuzzer asserts failed (a fix that does not settle, a server that stopped): not a crash but as bad.</summary>
internal sealed class FuzzFailure(string message) : Exception(message);

/// <summary>One fuzzing target: how its inputs are made, run, shrunk and written down.</summary>
internal abstract class Target<T>
{
    public abstract string Name { get; }

    public abstract Gen<T> Inputs { get; }

    /// <summary>Runs one input; throws on a failure.</summary>
    public abstract void Run(T input);

    /// <summary>Smaller inputs to try when shrinking a failing one, smallest steps last.</summary>
    public abstract IEnumerable<T> Smaller(T input);

    public abstract int Size(T input);

    /// <summary>Writes the input to a file a user can reproduce it from; returns the file's path.</summary>
    public abstract string Write(T input, string folder);
}

/// <summary>Runs a target over generated inputs with a time guard per input; on a failure shrinks it, writes it, and says so.</summary>
internal sealed class Harness(string outFolder, TimeSpan perInput, string? seed)
{
    /// <summary>A failing input is shrunk for at most this long: enough to drop most lines, bounded all the same.</summary>
    private static readonly TimeSpan ShrinkBudget = TimeSpan.FromSeconds(60);

    /// <summary>A candidate slower than this is not taken: shrinking must not itself hang on an input slow for another reason.</summary>
    private static readonly TimeSpan ShrinkStepLimit = TimeSpan.FromSeconds(10);

    /// <returns>The count of inputs run, or -1 after a failure (already reported).</returns>
    public long Run<T>(Target<T> target, long inputs, int seconds)
    {
        long count = 0;
        var failures = new ConcurrentBag<(T Input, Exception Error)>();
        using var watchdog = new Watchdog<T>(target, perInput, outFolder);
        try
        {
            target.Inputs.Sample(
                input =>
                {
                    Interlocked.Increment(ref count);
                    try
                    {
                        watchdog.Guard(input, () => target.Run(input));
                    }
                    catch (Exception ex)
                    {
                        failures.Add((input, ex));
                        throw;
                    }
                },
                iter: seconds > 0 ? -1 : inputs,
                time: seconds > 0 ? seconds : -1,
                seed: seed,
                threads: Environment.ProcessorCount);
        }
        catch (Exception sample) when (!failures.IsEmpty)
        {
            // CsCheck names the seed that gives the failing input again (--seed).
            string? replay = sample.Message.Split('\n').FirstOrDefault(l => l.Contains("seed", StringComparison.OrdinalIgnoreCase));
            (T input, Exception error) = failures.MinBy(f => target.Size(f.Input));
            (input, error) = Shrink(target, input, error);
            Directory.CreateDirectory(outFolder);
            string file = target.Write(input, outFolder);
            Console.WriteLine($"FAIL {target.Name}: {file}");
            Console.WriteLine(error.ToString());
            if (replay is not null)
            {
                Console.WriteLine($"CsCheck: {replay.Trim()}");
            }

            return -1;
        }

        return count;
    }

    private static (T Input, Exception Error) Shrink<T>(Target<T> target, T input, Exception error)
    {
        var clock = Stopwatch.StartNew();
        bool smaller = true;
        while (smaller && clock.Elapsed < ShrinkBudget)
        {
            smaller = false;
            foreach (T candidate in target.Smaller(input))
            {
                if (clock.Elapsed >= ShrinkBudget)
                {
                    break;
                }

                if (Fails(target, candidate, error) is { } again)
                {
                    (input, error, smaller) = (candidate, again, true);
                    break;
                }
            }
        }

        return (input, error);
    }

    /// <summary>The same failure on this input (same exception type, same first line for a <see cref="FuzzFailure"/>), or null.</summary>
    private static Exception? Fails<T>(Target<T> target, T input, Exception like)
    {
        try
        {
            var run = Task.Run(() => target.Run(input));
            if (!run.Wait(ShrinkStepLimit))
            {
                return null;
            }
        }
        catch (AggregateException ex) when (ex.InnerException is { } inner)
        {
            bool same = inner.GetType() == like.GetType()
                && (inner is not FuzzFailure || FirstWords(inner.Message) == FirstWords(like.Message));
            return same ? inner : null;
        }

        return null;
    }

    private static string FirstWords(string message) => string.Join(' ', message.Split(' ').Take(4));
}

/// <summary>
/// Notices an input that runs past its time: writes it down and ends the run (exit 1), since a hung thread cannot be
/// taken back. Checked once a second, so an input is caught between its limit and a second after.
/// </summary>
internal sealed class Watchdog<T> : IDisposable
{
    private readonly ConcurrentDictionary<int, (T Input, long Started)> _running = new();
    private readonly Timer _timer;

    public Watchdog(Target<T> target, TimeSpan limit, string outFolder)
    {
        _timer = new Timer(_ =>
        {
            foreach ((int _, (T input, long started)) in _running)
            {
                if (Stopwatch.GetElapsedTime(started) > limit)
                {
                    Directory.CreateDirectory(outFolder);
                    Console.WriteLine($"FAIL {target.Name}: {target.Write(input, outFolder)}");
                    Console.WriteLine($"no answer within {limit.TotalSeconds} s (a hang or super-linear time)");
                    Console.Out.Flush();
                    Environment.Exit(1);
                }
            }
        }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public void Guard(T input, Action action)
    {
        _running[Environment.CurrentManagedThreadId] = (input, Stopwatch.GetTimestamp());
        try
        {
            action();
        }
        finally
        {
            _running.TryRemove(Environment.CurrentManagedThreadId, out _);
        }
    }

    public void Dispose() => _timer.Dispose();
}
