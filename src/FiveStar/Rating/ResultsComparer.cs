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
        var before = new Dictionary<string, VillageRating>(StringComparer.Ordinal);
        foreach (var village in earlier.Villages)
        {
            before[village.Id] = village;
        }

        var laterIds = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<VillageChange>();
        foreach (var now in later.Villages)
        {
            laterIds.Add(now.Id);
            if (!before.TryGetValue(now.Id, out var then))
            {
                changes.Add(Change(now.Id, now.Name, VillageChangeKind.Added, null, now, [], []));
                continue;
            }

            if (!then.Rated || !now.Rated)
            {
                if (then.Rated != now.Rated)
                {
                    changes.Add(Change(now.Id, now.Name, VillageChangeKind.RatedChanged, then, now, [], []));
                }

                continue;
            }

            var held = then.Categories.Where(c => c.Awarded).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var holds = now.Categories.Where(c => c.Awarded).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var gained = now.Categories.Where(c => c.Awarded && !held.Contains(c.Id)).Select(c => c.Id).ToList();
            var lost = then.Categories.Where(c => c.Awarded && !holds.Contains(c.Id)).Select(c => c.Id).ToList();
            if (gained.Count > 0 || lost.Count > 0)
            {
                changes.Add(Change(now.Id, now.Name, VillageChangeKind.StarsChanged, then, now, gained, lost));
            }
        }

        foreach (var then in before.Values.Where(v => !laterIds.Contains(v.Id)))
        {
            changes.Add(Change(then.Id, then.Name, VillageChangeKind.Removed, then, null, [], []));
        }

        var byCategory = new Dictionary<string, CountChange>(StringComparer.Ordinal);
        foreach (var id in earlier.Summary.ByCategory.Keys.Concat(later.Summary.ByCategory.Keys).Distinct(StringComparer.Ordinal))
        {
            byCategory[id] = new CountChange { Before = earlier.Summary.ByCategory.GetValueOrDefault(id), After = later.Summary.ByCategory.GetValueOrDefault(id) };
        }

        var byStars = new Dictionary<int, CountChange>();
        foreach (var stars in earlier.Summary.ByStars.Keys.Concat(later.Summary.ByStars.Keys).Distinct().OrderDescending())
        {
            byStars[stars] = new CountChange { Before = earlier.Summary.ByStars.GetValueOrDefault(stars), After = later.Summary.ByStars.GetValueOrDefault(stars) };
        }

        return new ResultsDiff
        {
            Villages = changes,
            ByCategory = byCategory,
            ByStars = byStars,
            NotRated = new CountChange { Before = earlier.Summary.Villages - earlier.Summary.Rated, After = later.Summary.Villages - later.Summary.Rated },
        };
    }

    private static VillageChange Change(string id, string name, VillageChangeKind kind, VillageRating? then, VillageRating? now, List<string> gained, List<string> lost) => new()
    {
        Id = id,
        Name = name,
        Kind = kind,
        StarsBefore = then is { Rated: true } ? then.Stars : null,
        StarsAfter = now is { Rated: true } ? now.Stars : null,
        Gained = gained,
        Lost = lost,
    };
}
