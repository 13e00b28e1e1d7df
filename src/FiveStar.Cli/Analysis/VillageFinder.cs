using FiveStar.Rating;
using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Analysis;

/// <summary>Reads a villages file in blocks and hands each village's full rating to a callback.</summary>
internal static class VillageFinder
{
    public const int BlockSize = 8192;

    /// <summary>Explains every village (or those matching <paramref name="idOrName"/>); returns how many had data problems.</summary>
    public static int ForEach(StarRater rater, VillageReader reader, string? idOrName, Language language, Action<VillageRating, VillageBatch, int> action, CancellationToken cancellationToken = default)
    {
        var batch = rater.CreateBatch(BlockSize);
        var problems = 0;
        while (reader.ReadBatch(batch, BlockSize) > 0)
        {
            for (var row = 0; row < batch.Count; row++)
            {
                if ((row & 255) == 0)
                {
                    // Explaining (and analysing gaps) runs at some thousands of villages a second: check often.
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (idOrName is not null && batch.GetId(row) != idOrName && batch.GetName(row) != idOrName)
                {
                    continue;
                }

                problems += batch.HasProblems(row) ? 1 : 0;
                action(rater.RateRow(batch, row, language), batch, row);
            }

            batch.Clear();
        }

        return problems;
    }
}
