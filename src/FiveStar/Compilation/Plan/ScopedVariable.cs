using System.Linq.Expressions;

namespace FiveStar.Compilation.Plan;

/// <summary>A GlobalParam or LocalParam: the variable later expressions use, its bound value and the slots it reads.</summary>
/// <param name="Name">The name expressions use.</param>
/// <param name="Variable">The variable, shared by the parse and the compiled block.</param>
/// <param name="Value">The bound value expression.</param>
/// <param name="Slots">The slots the value reads.</param>
/// <param name="Size">The number of operations of the value once derived indicators are inlined.</param>
internal sealed record ScopedVariable(string Name, ParameterExpression Variable, Expression Value, IReadOnlySet<int> Slots, long Size = 1);
