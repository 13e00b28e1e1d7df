using System.Text.Json;
using RulesEngine.Models;

namespace FiveStar.Benchmarks;

/// <summary>
/// The RulesEngine baseline, tuned as the measurement notes recommend: no formatted error messages, no actions, a
/// <see cref="RuleParameter"/> input, one engine, <c>ExecuteAllRulesAsync</c> awaited. One workflow holds the 29
/// criteria and the two vetoes, in <see cref="CriterionBits.Ids"/> order; stars come from the rule results with
/// <see cref="CriterionBits.Awarded"/>.
/// </summary>
public sealed class RulesEngineRater
{
    /// <summary>The workflow's name.</summary>
    public const string WorkflowName = "henan-rural-2022";

    private readonly RulesEngine.RulesEngine _engine;

    /// <summary>Initializes a new instance of the <see cref="RulesEngineRater"/> class from already parsed workflows.</summary>
    /// <param name="workflows">The workflows.</param>
    public RulesEngineRater(Workflow[] workflows)
    {
        _engine = new RulesEngine.RulesEngine(workflows, Settings);
    }

    /// <summary>Gets the path of the workflow file next to the benchmark executable.</summary>
    public static string WorkflowPath { get; } = Path.Combine(AppContext.BaseDirectory, "Workflows", "henan-rural-2022.json");

    /// <summary>Gets the tuned settings.</summary>
    public static ReSettings Settings => new() { EnableFormattedErrorMessage = false, AutoExecuteActions = false };

    /// <summary>Reads and parses the workflow file.</summary>
    /// <returns>The workflows.</returns>
    public static Workflow[] LoadWorkflows()
    {
        using var stream = File.OpenRead(WorkflowPath);
        var workflows = JsonSerializer.Deserialize<Workflow[]>(stream) ?? throw new InvalidOperationException("Empty workflow file.");
        var rules = workflows.Single().Rules.Select(r => r.RuleName).ToArray();
        if (!rules.SequenceEqual(CriterionBits.Ids))
        {
            throw new InvalidOperationException("The workflow's rules are not in CriterionBits order.");
        }

        return workflows;
    }

    /// <summary>Rates one village.</summary>
    /// <param name="village">The village.</param>
    /// <returns>The criterion and veto bits.</returns>
    public async Task<ulong> MaskAsync(Village village)
    {
        var results = await _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("input1", village)).ConfigureAwait(false);
        var mask = 0UL;
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].IsSuccess)
            {
                mask |= 1UL << i;
            }
            else if (!string.IsNullOrEmpty(results[i].ExceptionMessage))
            {
                throw new InvalidOperationException($"RulesEngine rule {results[i].Rule.RuleName} failed: {results[i].ExceptionMessage}");
            }
        }

        return mask;
    }

    /// <summary>Rates villages one after another, awaiting each.</summary>
    /// <param name="villages">The villages.</param>
    /// <param name="masks">The bits per village.</param>
    /// <param name="stars">The stars per village.</param>
    /// <returns>A task.</returns>
    public async Task RateAsync(ArraySegment<Village> villages, ulong[] masks, byte[] stars)
    {
        ArgumentNullException.ThrowIfNull(masks);
        ArgumentNullException.ThrowIfNull(stars);
        for (var i = 0; i < villages.Count; i++)
        {
            var mask = await MaskAsync(villages[i]).ConfigureAwait(false);
            masks[i] = mask;
            stars[i] = (byte)CriterionBits.Stars(mask);
        }
    }
}
