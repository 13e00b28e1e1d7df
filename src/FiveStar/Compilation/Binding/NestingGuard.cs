using System.Linq.Expressions;
using FiveStar.Compilation.Plan;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// Keeps every tree walker (the parser, the rewriters, the delegate compiler, the JIT) within its stack: it refuses
/// text that nests too deep before it is parsed, a parsed tree that is too deep, and an expression that grows too
/// large or too deep once derived indicators are inlined.
/// </summary>
internal sealed class NestingGuard(int maxNesting, int maxExpandedNodes, Language language)
{
    private const int MaxTreeDepth = 256;

    /// <summary>
    /// The deepest an expression may nest once derived indicators are inlined. Everything that walks the tree (rewriters,
    /// the delegate compiler, the JIT) recurses this deep; at this bound it fits the compiler thread's stack many times over.
    /// </summary>
    private const int MaxExpandedDepth = 1_024;

    /// <summary>Refuses deep nesting in the text: the parser recurses per parenthesis and unary operator.</summary>
    /// <param name="expression">The expression's text.</param>
    /// <exception cref="CompileException">It nests deeper than the options allow.</exception>
    public void CheckText(string expression)
    {
        var depth = 0;
        var max = 0;
        var unaryRun = 0;
        var inString = false;
        foreach (var c in expression)
        {
            if (c == '"')
            {
                inString = !inString;
            }

            if (inString)
            {
                continue;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            max = Math.Max(max, depth);
            unaryRun = c is '!' or '-' or '+' or '~' ? unaryRun + 1 : char.IsWhiteSpace(c) ? unaryRun : 0;
            if (unaryRun > maxNesting)
            {
                throw new CompileException(Localizer.Format(language, nameof(Messages.Compile_UnaryChain), maxNesting));
            }
        }

        if (max > maxNesting)
        {
            throw new CompileException(Localizer.Format(language, nameof(Messages.Compile_ParenthesesTooDeep), max, maxNesting));
        }
    }

    /// <summary>Refuses a parsed tree deeper than the rewriters are allowed to walk.</summary>
    /// <param name="parsed">The parsed expression.</param>
    /// <exception cref="CompileException">It is too deep.</exception>
    public void CheckTree(Expression parsed)
    {
        if (Depth(parsed, 0) > MaxTreeDepth)
        {
            throw new CompileException(Localizer.Format(language, nameof(Messages.Compile_TreeTooDeep), MaxTreeDepth));
        }
    }

    /// <summary>
    /// Bounds an expression as it will be compiled: derived indicators are inlined wherever they are read, so a short
    /// expression over a chain of them (<c>d2 = d1 + d1</c>, <c>d3 = d2 + d2</c>, …) can stand for billions of operations.
    /// Sizes are counted, not built: each derived indicator is bound once and shared.
    /// </summary>
    /// <param name="rewriter">The rewriter that rewrote the expression, with its counts.</param>
    /// <param name="derivedId">The derived indicator the expression is the formula of, if any.</param>
    /// <exception cref="CompileException">It is too large or too deep.</exception>
    public void CheckExpansion(RowRewriter rewriter, string? derivedId)
    {
        var inlined = string.Join(", ", rewriter.Inlined.OrderByDescending(d => d.Value.Size).Take(3).Select(d => $"{d.Key}: {d.Value.Size:N0}"));
        if (rewriter.Size > maxExpandedNodes)
        {
            throw derivedId is null
                ? new CompileException(Localizer.Format(language, nameof(Messages.Compile_ExpandedTooLarge), rewriter.Size, inlined, maxExpandedNodes))
                : new CompileException(Localizer.Format(language, nameof(Messages.Compile_DerivedTooLarge), derivedId, rewriter.Size, inlined, maxExpandedNodes)) { NamesDerivedIndicator = true };
        }

        if (rewriter.MaxDepth > MaxExpandedDepth)
        {
            throw derivedId is null
                ? new CompileException(Localizer.Format(language, nameof(Messages.Compile_ExpandedTooDeep), rewriter.MaxDepth, inlined, MaxExpandedDepth))
                : new CompileException(Localizer.Format(language, nameof(Messages.Compile_DerivedTooDeep), derivedId, rewriter.MaxDepth, inlined, MaxExpandedDepth)) { NamesDerivedIndicator = true };
        }
    }

    private static int Depth(Expression expression, int depth) => expression switch
    {
        BinaryExpression b => Math.Max(Depth(b.Left, depth + 1), Depth(b.Right, depth + 1)),
        UnaryExpression u => Depth(u.Operand, depth + 1),
        ConditionalExpression c => Math.Max(Depth(c.Test, depth + 1), Math.Max(Depth(c.IfTrue, depth + 1), Depth(c.IfFalse, depth + 1))),
        MethodCallExpression m => m.Arguments.Select(a => Depth(a, depth + 1)).DefaultIfEmpty(depth).Max(),
        MemberExpression m when m.Expression is not null => Depth(m.Expression, depth + 1),
        _ => depth,
    };
}
