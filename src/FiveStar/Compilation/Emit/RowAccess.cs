using System.Runtime.CompilerServices;

namespace FiveStar.Compilation.Emit;

/// <summary>
/// What the fused fast path calls instead of array indexing and conditionals; both are inlined into the emitted delegate.
/// Reading through a reference to the row costs one bounds check per row (the caller takes <c>ref values[offset]</c>; a batch row always holds every slot) instead of one per value,
/// and a boolean becomes its bit without a branch, which villages that pass half the time would mispredict.
/// </summary>
internal static class RowAccess
{
    /// <summary>Gets <see cref="Bit"/>, for the emitters.</summary>
    public static readonly System.Reflection.MethodInfo BitMethod = typeof(RowAccess).GetMethod(nameof(Bit))!;

    /// <summary>Reads slot <paramref name="slot"/> of the row; the compiler only emits slots below the schema's width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double At(ref double row, int slot) => Unsafe.Add(ref row, slot);

    /// <summary>Turns true into 1 and false into 0 without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bit(bool value) => Unsafe.As<bool, byte>(ref value);

}
