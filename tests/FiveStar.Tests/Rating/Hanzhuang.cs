using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Rating;

/// <summary>The Hanzhuang sample rated through the library, as results tests use it.</summary>
internal static class Hanzhuang
{
    private static readonly Lazy<StarRater> LazyRater = new(() => StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")));

    public static StarRater Rater => LazyRater.Value;

    /// <summary>Reads a villages CSV text (the sample's by default) into a batch.</summary>
    public static VillageBatch Batch(string? csv = null)
    {
        var batch = Rater.CreateBatch();
        using var reader = csv is null
            ? VillageReader.Open(RepositoryPaths.Of("samples/Hanzhuang/villages.csv"), Rater.Schema)
            : VillageReader.FromStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), Rater.Schema, VillageFileFormat.Csv, "villages.csv");
        reader.ReadBatch(batch, int.MaxValue);
        return batch;
    }

    /// <summary>The sample's villages CSV with one field of one village replaced.</summary>
    public static string CsvWith(string villageId, string column, string value)
    {
        var lines = File.ReadAllLines(RepositoryPaths.Of("samples/Hanzhuang/villages.csv"));
        var index = Array.IndexOf(lines[0].Split(','), column);
        Assert.True(index >= 0, column);
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            if (fields[0] == villageId)
            {
                fields[index] = value;
                lines[i] = string.Join(',', fields);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Rates a batch and builds its results document in the given language.</summary>
    public static ResultsDocument Document(VillageBatch batch, FiveStar.Text.Language language)
    {
        var buffer = Rater.CreateBuffer(batch.Count);
        Rater.Rate(batch, buffer);
        var summary = new RatingSummaryBuilder(Rater);
        summary.Add(batch, buffer);
        return new ResultsDocument
        {
            Criteria = ResultsWriter.Describe(Rater),
            Language = language.Code,
            Villages = Enumerable.Range(0, batch.Count).Select(r => Rater.RateRow(batch, r, language)).ToList(),
            Summary = summary.Build(),
        };
    }
}
