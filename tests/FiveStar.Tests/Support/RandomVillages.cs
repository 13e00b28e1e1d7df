using FiveStar.Rating;
using FiveStar.Villages;

namespace FiveStar.Tests.Support;

/// <summary>Seeded villages for the indicators of <see cref="Documents.Indicators"/>, some with missing values.</summary>
internal static class RandomVillages
{
    private static readonly string[] Grades = ["excellent", "competent", "poor"];

    /// <summary>Adds <paramref name="count"/> villages to a batch.</summary>
    public static VillageBatch Fill(StarRater rater, int count, int seed, double missingRate = 0.05)
    {
        var batch = rater.CreateBatch(count);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var row = batch.Add($"v{i:D7}", $"村{i}");
            Set(batch, row, "income", random.Next(0, 500_001), random, missingRate);
            Set(batch, row, "toilets", Math.Round(random.NextDouble() * 100, 1), random, missingRate);
            Set(batch, row, "petitions", random.Next(0, 4), random, missingRate);
            Set(batch, row, "adviser", random.Next(2), random, missingRate);
            if (batch.Schema.IndexOf("grade") >= 0 && random.NextDouble() >= missingRate)
            {
                batch.Set(row, "grade", Grades[random.Next(Grades.Length)]);
            }
        }

        return batch;
    }

    /// <summary>Everything a buffer says about one village, in a form that compares by value.</summary>
    public static string Snapshot(StarRater rater, RatingBuffer buffer, int row)
    {
        var states = string.Concat(Enumerable.Range(0, rater.CriterionCount + rater.Document.Vetoes.Count).Select(p => (int)buffer.GetState(row, p)));
        var points = string.Join(",", Enumerable.Range(0, rater.Categories.Count).Select(c => buffer.GetPoints(row, c)));
        return $"{buffer.GetStars(row)}|{buffer.GetLevel(row)}|{buffer.GetAwardedMask(row)}|{buffer.IsRated(row)}|{states}|{points}";
    }

    private static void Set(VillageBatch batch, int row, string indicator, double value, Random random, double missingRate)
    {
        if (batch.Schema.IndexOf(indicator) >= 0 && random.NextDouble() >= missingRate)
        {
            batch.Set(row, indicator, value);
        }
    }
}
