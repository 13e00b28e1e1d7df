using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>Builds the document-wide policies of the rating scheme: the level policy, the rating period and missing values.</summary>
internal sealed class SchemePolicyBuilder(BuildContext context, TimeProvider timeProvider)
{
    public LevelPolicy BuildLevel(LevelDto? dto, SourceRef source)
    {
        if (dto is null)
        {
            return LevelPolicy.StarCount;
        }

        if (Keywords.LevelModes.Parse(dto.Mode ?? "star_count", source, null, context) != LevelMode.ScoreBands)
        {
            return LevelPolicy.StarCount;
        }

        var bands = new List<ScoreBand>();
        for (var i = 0; i < (dto.Bands?.Count ?? 0); i++)
        {
            var band = dto.Bands![i];
            if (band?.MinScore is not { } min || band.Level is not { } level || level < 0 || !double.IsFinite(min))
            {
                context.Report(source.Item("bands", i), null, nameof(Messages.Build_ScoreBandInvalid));
                continue;
            }

            bands.Add(new ScoreBand(min, level));
        }

        if (bands.Count == 0)
        {
            context.Report(source, null, nameof(Messages.Build_ScoreBandsNone));
        }

        if (bands.GroupBy(b => b.MinScore).Any(g => g.Count() > 1))
        {
            context.Report(source.Child("bands"), null, nameof(Messages.Build_ScoreBandsSameMin));
        }

        return new LevelPolicy(LevelMode.ScoreBands, bands.OrderByDescending(b => b.MinScore).ToArray());
    }

    /// <summary>Builds the rating period; an absent year is this year (the time provider's).</summary>
    public RatingPeriod BuildPeriod(PeriodDto? dto, SourceRef source)
    {
        var year = dto?.Year ?? timeProvider.GetLocalNow().Year;
        var kind = Keywords.PeriodKinds.Parse(dto?.Kind ?? "annual", source, null, context);
        var parts = kind switch { PeriodKind.HalfYearly => 2, PeriodKind.Quarterly => 4, _ => 0 };
        int? part = null;
        if (parts > 0)
        {
            part = dto?.Part ?? 1;
            if (part < 1 || part > parts)
            {
                context.Report(source.Child("part"), null, nameof(Messages.Build_PeriodPartOutside), part, parts, dto?.Kind);
            }
        }
        else if (dto?.Part is not null)
        {
            context.Report(source.Child("part"), null, nameof(Messages.Build_PeriodPartNotApplicable), dto.Kind ?? "annual");
        }

        if (year is < 1949 or > 2200)
        {
            context.Report(source.Child("year"), null, nameof(Messages.Build_PeriodYearImplausible), year);
        }

        return new RatingPeriod(kind, year, part);
    }

    /// <summary>Builds how a missing value counts (<c>missingValues</c>, written on the document); absent, it is not met.</summary>
    public MissingValuePolicy BuildMissingValues(string? word, SourceRef root) =>
        word is null ? MissingValuePolicy.NotMet : Keywords.MissingValuePolicies.Parse(word, root, null, context);
}
