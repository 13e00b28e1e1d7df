using FiveStar.Compilation.Schema;
using FiveStar.Criteria;
using FiveStar.Criteria.Json;
using FiveStar.Indicators;
using FiveStar.Plugins;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Tests.Compilation.Schema;

public class SchemaResolverTests
{
    private const string Workflow = """
        [{ "WorkflowName": "Branch", "Rules": [ { "RuleName": "R1", "Expression": "input1.Income > 100" } ] }]
        """;

    private static ResolvedSchema Resolve(string json, IReadOnlyList<VillageColumn>? columns = null)
    {
        var document = TestFactory.Create().Loader.LoadJson(json, "test.json");
        var resolver = new SchemaResolver(new CategoryCatalog([]), Language.English);
        return resolver.Resolve(document, columns, new DiagnosticBag(Language.English), new SourceRef("test.json", "$", JsonLocator.None));
    }

    [Fact]
    public void Resolve_FiveStarDocument_ListsItsIndicatorsInTheLayout()
    {
        var resolved = Resolve(Documents.OneCriterion("income > 0"));

        Assert.Equal(["income", "toilets", "petitions", "adviser", "grade"], resolved.Reported.Select(i => i.Id));
        Assert.Empty(resolved.Derived);
        Assert.Equal(0, resolved.Layout.IndexOf("income"));
    }

    [Fact]
    public void Resolve_RulesEngineWorkflow_TakesTheDataColumns()
    {
        var resolved = Resolve(Workflow, [new VillageColumn("Income", IndicatorType.Number), new VillageColumn("not an id", IndicatorType.Text)]);

        var indicator = Assert.Single(resolved.Reported);
        Assert.Equal("Income", indicator.Id);
        Assert.Equal(IndicatorType.Number, indicator.Type);
    }

    [Fact]
    public void Resolve_RulesEngineWorkflowWithoutColumns_IsLoadError()
    {
        var exception = Assert.Throws<CriteriaException>(() => Resolve(Workflow));

        Assert.Contains("columns", Assert.Single(exception.Diagnostics).Message, StringComparison.Ordinal);
    }
}
