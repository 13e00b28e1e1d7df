using System.Linq.Expressions;
using FastExpressionCompiler;

namespace FiveStar.Expressions;

/// <summary>
/// Turns the emitted expressions into delegates with FastExpressionCompiler, the compiler RulesEngine itself uses:
/// many times quicker to compile than <see cref="LambdaExpression.Compile()"/>, which matters for load time. An
/// expression it does not support is compiled by <see cref="LambdaExpression.Compile()"/> instead; the result is the same.
/// </summary>
internal static class DelegateCompiler
{
    public static T Compile<T>(Expression<T> expression)
        where T : Delegate => expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
