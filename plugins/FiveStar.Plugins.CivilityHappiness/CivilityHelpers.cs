namespace FiveStar.Plugins.CivilityHappiness;

/// <summary>Helper functions the Civility &amp; Happiness plug-in allows in criteria expressions, called as <c>CivilityHelpers.Name(...)</c>.</summary>
internal static class CivilityHelpers
{
    /// <summary>Returns <paramref name="part"/> as a percentage of <paramref name="total"/>, or 0 when the total is not positive.</summary>
    /// <param name="part">The part, such as the number of star civilised households.</param>
    /// <param name="total">The whole, such as the number of households.</param>
    /// <returns>The share in percent; 0 when <paramref name="total"/> is 0 or negative.</returns>
    public static double SharePercent(double part, double total) => total <= 0 ? 0 : 100.0 * part / total;
}
