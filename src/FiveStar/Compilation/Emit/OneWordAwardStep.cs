namespace FiveStar.Compilation.Emit;

/// <summary>
/// One category's award rule for documents whose criteria fit one 64-bit word and award stars by count (all, or at
/// least k criteria): the star is awarded when enough of <see cref="Mask"/> passed, no veto of <see cref="VetoMask"/>
/// applies, and every category of <see cref="RequiresMask"/> was awarded. Lets the batch path decide without branches.
/// </summary>
/// <param name="Mask">The category's criteria bits.</param>
/// <param name="Count">How many of them must pass (all of them for the "all" rule).</param>
/// <param name="VetoMask">The bits of the vetoes that revoke this star.</param>
/// <param name="RequiresMask">The categories this star requires, as category bits.</param>
/// <param name="Index">The category's index, its bit in the awarded mask.</param>
internal readonly record struct OneWordAwardStep(ulong Mask, int Count, ulong VetoMask, ulong RequiresMask, int Index);
