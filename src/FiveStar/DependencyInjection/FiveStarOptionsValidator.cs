using FiveStar.Criteria;
using FiveStar.DependencyInjection;
using FiveStar.Resources;
using FiveStar.Text;
using Microsoft.Extensions.Options;

namespace FiveStar;

/// <summary>Loads and compiles every registered criteria document when options are validated, so a bad file fails host start-up with the full error list.</summary>
internal sealed class FiveStarOptionsValidator(StarRaterFactory factory, CompiledCriteriaCache cache) : IValidateOptions<FiveStarOptions>
{
    public ValidateOptionsResult Validate(string? name, FiveStarOptions options)
    {
        var failures = new List<string>();
        foreach (var source in options.Criteria.DistinctBy(s => s.Name))
        {
            if (cache.BySource.ContainsKey(source.Name))
            {
                continue;
            }

            try
            {
                using var stream = source.Open();
                cache.BySource[source.Name] = factory.FromStream(stream, source.Name, source.BaseDirectory);
            }
            catch (CriteriaException exception)
            {
                failures.AddRange(exception.Diagnostics.Count > 0 ? exception.Diagnostics.Select(d => d.ToString()) : [exception.Message]);
            }
            catch (IOException exception)
            {
                failures.Add(Localizer.Format(Language.Current, nameof(Messages.Di_CannotRead), source.Name, exception.Message));
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
