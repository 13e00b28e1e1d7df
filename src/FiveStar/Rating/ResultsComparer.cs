using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>Compares two results documents (year over year, or any two periods): stars gained and lost per village, and the township totals.</summary>
public static class ResultsComparer
{
    /// <summary>Compares an earlier period's results with a later one's.</summary>
    /// <param name="earlier">The earlier period's results.</param>
    /// <param name="later">The later period's results.</param>
    /// <returns>
    /// The villages that gained or lost stars, that were rated in one period and not in the other (their stars are not
    /// counted as gained or lost), that are new or that are missing; and the counts per category and per star count of
    /// rated villages, as each document's summary gives them.
    /// </returns>
    public static ResultsDiff Compare(ResultsDocument earlier, ResultsDocument later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return Compare(Numbered(earlier.Villages), Earlier, () => earlier.Summary, Numbered(later.Villages), Later, () => later.Summary);
    }

    /// <summary>
    /// Compares an earlier period's results with a later one's as streams: the earlier villages are kept as compact
    /// snapshots (id, name, stars held), the later ones are read one at a time; both readers are read to the end.
    /// </summary>
    /// <param name="earlier">The earlier period's results, opened and not yet read.</param>
    /// <param name="later">The later period's results, opened and not yet read.</param>
    /// <returns>The same comparison as <see cref="Compare(ResultsDocument, ResultsDocument)"/> of the two documents.</returns>
    /// <exception cref="ResultsFormatException">A document is not of the results shape.</exception>
    public static ResultsDiff Compare(ResultsReader earlier, ResultsReader later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return Compare(Numbered(earlier), earlier.SourceName, () => earlier.Summary, Numbered(later), later.SourceName, () => later.Summary);
    }

    private static string Earlier => Localizer.Format(Language.Current, nameof(Messages.Results_Earlier));

    private static string Later => Localizer.Format(Language.Current, nameof(Messages.Results_Later));

    private static IEnumerable<(VillageRating Village, long Number, long Line)> Numbered(IReadOnlyList<VillageRating> villages) =>
        villages.Select((v, i) => (v, (long)i + 1, 0L));

    private static IEnumerable<(VillageRating Village, long Number, long Line)> Numbered(ResultsReader reader)
    {
        foreach (var village in reader.ReadVillages())
        {
            yield return (village, reader.VillageNumber, reader.VillageLine);
        }
    }

    private static ResultsDiff Compare(IEnumerable<(VillageRating Village, long Number, long Line)> earlierVillages, string earlierName, Func<RatingSummary> earlierSummary, IEnumerable<(VillageRating Village, long Number, long Line)> laterVillages, string laterName, Func<RatingSummary> laterSummary)
    {
        // An id listed twice would make one of its entries win silently (and a star change go unseen): refused, naming both.
        var before = new Dictionary<string, Snapshot>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (village, number, line) in earlierVillages)
        {
            if (before.TryGetValue(village.Id, out var listed))
            {
                if (IsRefusedDuplicate(village))
                {
                    continue;
                }

                throw Duplicate(earlierName, village.Id, listed.Number, listed.Line, number, line);
            }

            order.Add(village.Id);
            before[village.Id] = new Snapshot(village.Name, village.Rated, village.Stars, [.. village.Categories.Where(c => c.Awarded).Select(c => c.Id)], number, line);
        }

        var laterIds = new Dictionary<string, (long Number, long Line)>(StringComparer.Ordinal);
        var changes = new List<VillageChange>();
        foreach (var (now, number, line) in laterVillages)
        {
            if (!laterIds.TryAdd(now.Id, (number, line)))
            {
                if (IsRefusedDuplicate(now))
                {
                    continue;
                }

                var listed = laterIds[now.Id];
                throw Duplicate(laterName, now.Id, listed.Number, listed.Line, number, line);
            }

            var nowStars = now.Rated ? now.Stars : (int?)null;
            if (!before.TryGetValue(now.Id, out var then))
            {
                changes.Add(Change(now.Id, now.Name, VillageChangeKind.Added, null, nowStars, [], []));
                continue;
            }

            var thenStars = then.Rated ? then.Stars : (int?)null;
            if (!then.Rated || !now.Rated)
            {
                if (then.Rated != now.Rated)
                {
                    changes.Add(Change(now.Id, now.Name, VillageChangeKind.RatedChanged, thenStars, nowStars, [], []));
                }

                continue;
            }

            var gained = now.Categories.Where(c => c.Awarded && !then.Awarded.Contains(c.Id, StringComparer.Ordinal)).Select(c => c.Id).ToList();
            var lost = then.Awarded.Where(id => !now.Categories.Any(c => c.Awarded && c.Id == id)).ToList();
            if (gained.Count > 0 || lost.Count > 0)
            {
                changes.Add(Change(now.Id, now.Name, VillageChangeKind.StarsChanged, thenStars, nowStars, gained, lost));
            }
        }

        foreach (var id in order.Where(id => !laterIds.ContainsKey(id)))
        {
            var then = before[id];
            changes.Add(Change(id, then.Name, VillageChangeKind.Removed, then.Rated ? then.Stars : null, null, [], []));
        }

        var first = earlierSummary();
        var second = laterSummary();
        var byCategory = new Dictionary<string, CountChange>(StringComparer.Ordinal);
        foreach (var id in first.ByCategory.Keys.Concat(second.ByCategory.Keys).Distinct(StringComparer.Ordinal))
        {
            byCategory[id] = new CountChange { Before = first.ByCategory.GetValueOrDefault(id), After = second.ByCategory.GetValueOrDefault(id) };
        }

        var byStars = new Dictionary<int, CountChange>();
        foreach (var stars in first.ByStars.Keys.Concat(second.ByStars.Keys).Distinct().OrderDescending())
        {
            byStars[stars] = new CountChange { Before = first.ByStars.GetValueOrDefault(stars), After = second.ByStars.GetValueOrDefault(stars) };
        }

        return new ResultsDiff
        {
            Villages = changes,
            ByCategory = byCategory,
            ByStars = byStars,
            NotRated = new CountChange { Before = first.Villages - first.Rated, After = second.Villages - second.Rated },
        };
    }

    /// <summary>
    /// Whether an entry is a village the rating refused because an earlier village had its id: every input village is
    /// listed, so the results hold it after the village of that id, unrated. It is not a second listing of that village.
    /// </summary>
    private static bool IsRefusedDuplicate(VillageRating village) =>
        !village.Rated && village.Problems.Any(p => p.Kind == DataProblemKind.DuplicateId);

    private static VillageChange Change(string id, string name, VillageChangeKind kind, int? before, int? after, List<string> gained, List<string> lost) => new()
    {
        Id = id,
        Name = name,
        Kind = kind,
        StarsBefore = before,
        StarsAfter = after,
        Gained = gained,
        Lost = lost,
    };

    private static ResultsFormatException Duplicate(string source, string id, long firstNumber, long firstLine, long number, long line) =>
        new(Localizer.Format(Language.Current, nameof(Messages.Results_DuplicateId), source, id, Where(firstNumber, firstLine), Where(number, line)));

    private static string Where(long number, long line) => line > 0
        ? Localizer.Format(Language.Current, nameof(Messages.Results_VillageAtLine), number, line)
        : Localizer.Format(Language.Current, nameof(Messages.Results_VillageAt), number);

    /// <summary>What the comparison keeps of an earlier village.</summary>
    private readonly record struct Snapshot(string Name, bool Rated, int Stars, string[] Awarded, long Number, long Line);
}
