using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Villages.Reading;

namespace FiveStar.Tests.Differential;

/// <summary>
/// RulesEngine files whose workflows are named after all five standard stars (one of them injecting the other four),
/// loaded unchanged with the standard plug-ins registered and scored from CSV, JSON and JSON Lines through the library:
/// every village, workflow and rule agrees with RulesEngine 6.0.1's <c>ExecuteAllRulesAsync</c>.
/// </summary>
public class RulesEngineStarFileTests
{
    private static readonly StarRaterFactory Factory = StarRaterFactory.Create(b => b.AddStandardCategories());

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var criteria in RulesEngineStarFiles.Criteria)
        {
            foreach (var villages in RulesEngineStarFiles.VillageFiles)
            {
                data.Add(criteria, villages);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rate_WorkflowsNamedAfterTheStars_AgreeWithRulesEngineRuleByRule(string criteria, string villages)
    {
        var criteriaPath = RulesEngineStarFiles.PathOf(RepositoryPaths.Root, criteria);
        var villagesPath = RulesEngineStarFiles.PathOf(RepositoryPaths.Root, villages);
        var expected = await RulesEngineStarFiles.ExpectedAsync(criteriaPath, RulesEngineStarFiles.PathOf(RepositoryPaths.Root, "villages.json"));

        var rater = Factory.FromFile(criteriaPath, VillageReader.InferColumns(villagesPath));
        var batch = rater.CreateBatch(expected.Count);
        using (var reader = VillageReader.Open(villagesPath, rater.Schema))
        {
            Assert.Equal(expected.Count, reader.ReadBatch(batch, expected.Count + 1));
        }

        var buffer = rater.CreateBuffer(batch.Count);
        rater.Rate(batch, buffer);

        Assert.All(rater.Categories, c => Assert.Null(c.Plugin));
        Assert.Empty(rater.Document.Parameters);
        var outcomes = new Dictionary<string, HashSet<bool>>(StringComparer.Ordinal);
        for (var v = 0; v < batch.Count; v++)
        {
            Assert.True(buffer.IsRated(v), $"village {batch.GetId(v)} was not rated");
            foreach (var (workflow, results) in expected[batch.GetId(v)])
            {
                var category = rater.Categories.Single(c => c.Id == workflow);
                Assert.Equal(results.Select(r => r.Rule), category.Criteria.Where(c => c.Enabled).Select(c => c.Id));
                foreach (var (rule, success) in results)
                {
                    var state = buffer.GetState(v, rater.IndexOfCriterion(workflow, rule));
                    Assert.True((state == CriterionState.Passed) == success, $"village {batch.GetId(v)}, workflow {workflow}, rule {rule}: RulesEngine {success}, FiveStar {state}");
                    outcomes.TryAdd($"{workflow}/{rule}", []);
                    outcomes[$"{workflow}/{rule}"].Add(success);
                }
            }
        }

        // The villages are drawn so that every rule passes for some and fails for others.
        Assert.All(outcomes, o => Assert.True(o.Value.Count == 2, $"{o.Key} always gives {string.Join(", ", o.Value)}"));
    }

    [Fact]
    public void Load_StarFiles_ColumnsNamedAfterPluginIndicatorsTakeOnlyTheirKindOfValue()
    {
        var villagesPath = RulesEngineStarFiles.PathOf(RepositoryPaths.Root, "villages.csv");

        var rater = Factory.FromFile(RulesEngineStarFiles.PathOf(RepositoryPaths.Root, RulesEngineStarFiles.Plain), VillageReader.InferColumns(villagesPath));

        var types = rater.Schema.Indicators.ToDictionary(i => i.Id, i => i.Type);
        Assert.Equal(IndicatorType.WholeNumber, types["population"]);
        Assert.Equal(IndicatorType.Number, types["sanitary_toilet_coverage_pct"]);
        Assert.Equal(IndicatorType.Number, types["collective_income_yuan"]);
        Assert.Equal(IndicatorType.Text, types["secretary_appraisal_grade"]);
        Assert.Equal(IndicatorType.Number, types["disputes_resolved_locally_pct"]);
        Assert.Equal(IndicatorType.Boolean, types["branch_led_coop_exists"]);
        Assert.All(rater.Schema.Indicators, i => Assert.True(i.Minimum is null && i.Maximum is null && !i.Required && !i.IsDerived, i.Id));
    }
}
