using System.Linq.Expressions;
using FiveStar.Expressions;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace FiveStar.Compilation;

/// <summary>
/// Parses and compiles one small expression on a background thread, once per process, when the first factory is made.
/// RulesEngine's parser and FastExpressionCompiler cost a process a third of its first load in one-off work (the parser's
/// scan of the loaded assemblies' types, the JIT of System.Linq.Dynamic.Core); done here, that work overlaps reading the
/// plug-ins' manifests and the document on a second core instead of following it (issue 16, target 3: about 285 to
/// 215 ms from a fresh process to the first result). Nothing waits for it or depends on it: a load that gets to its first
/// expression first does the same work itself. On one core it is not started, since it could only take turns.
/// </summary>
internal static class CompilerWarmUp
{
    private static int s_started;

    /// <summary>Starts the warm-up, unless it has been started before or there is only one core.</summary>
    public static void Start()
    {
        if (Environment.ProcessorCount < 2 || Interlocked.Exchange(ref s_started, 1) != 0)
        {
            return;
        }

        var thread = new Thread(static () => TryRun()) { IsBackground = true, Name = "FiveStar compiler warm-up" };
        thread.Start();
    }

    /// <summary>Parses with RulesEngine's parser as the binder does, and compiles the result as the emitters do.</summary>
    /// <returns>Whether both worked; a failure is only a warm-up lost, since loads report their own problems.</returns>
    internal static bool TryRun()
    {
        try
        {
            var value = Expression.Parameter(typeof(double), "a");
            var parser = new RuleExpressionParser(new ReSettings { IsExpressionCaseSensitive = false });
            var parsed = parser.Parse("a > 3 AND a <= 10 OR Math.Max(a, 2) == 5", [value], typeof(bool));
            return DelegateCompiler.Compile(Expression.Lambda<Func<double, bool>>(parsed, value))(5);
        }
#pragma warning disable CA1031 // Any failure here is a lost optimization, never the caller's problem.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
