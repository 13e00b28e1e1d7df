namespace FiveStar.Benchmarks;

/// <summary>
/// Construction to first result, as both cold measurements run it: <see cref="ColdBenchmarks"/> in the benchmark
/// host and <c>benchmarks/FiveStar.ColdHost</c> against the packed packages (which links this file, so it uses only
/// the public API).
/// </summary>
public static class ColdFirstResult
{
    /// <summary>FiveStar: load and compile the default document, then rate one village.</summary>
    /// <param name="village">The village.</param>
    /// <returns>Its stars.</returns>
    public static int FiveStar(Village village)
    {
        ArgumentNullException.ThrowIfNull(village);
        var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromBuiltIn(StandardCriteria.HenanRural2022);
        var batch = rater.CreateBatch(1);
        var row = batch.Add(village.Id, village.Id);
        foreach (var column in VillageColumn.All)
        {
            var slot = rater.Schema.IndexOf(column.IndicatorId);
            batch.Set(row, slot, column.Kind == ColumnKind.Enumeration ? rater.Schema.CodeOf(slot, column.Text!(village)) : column.Number!(village));
        }

        var buffer = rater.CreateBuffer(1);
        rater.Rate(batch, buffer);
        return buffer.GetStars(0);
    }

    /// <summary>RulesEngine: read and parse the workflow file, construct the engine and get its first result.</summary>
    /// <param name="village">The village.</param>
    /// <returns>Its stars.</returns>
    public static async Task<int> RulesEngineAsync(Village village)
    {
        var engine = new RulesEngineRater(RulesEngineRater.LoadWorkflows());
        return CriterionBits.Stars(await engine.MaskAsync(village).ConfigureAwait(false));
    }
}
