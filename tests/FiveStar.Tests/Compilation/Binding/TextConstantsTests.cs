using FiveStar.Compilation.Binding;
using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Tests.Compilation.Binding;

public class TextConstantsTests
{
    private static readonly IndicatorDefinition Grade = new() { Id = "grade", Name = new LocalizedText("grade", "grade"), Type = IndicatorType.Text };

    [Fact]
    public void Bind_TextComparisons_CodesTheConstantsWithoutChangingTheSchema()
    {
        var schema = new IndicatorSchema([Grade], []);
        var binder = new ExpressionBinder(schema, [], [], true, new CriteriaLoaderOptions());

        binder.Bind("grade == \"gold\"", [], typeof(bool));
        binder.Bind("grade != \"silver\" || grade == \"gold\"", [], typeof(bool));

        Assert.Equal(-1, schema.CodeOf(0, "gold"));
        Assert.Equal(["gold", "silver"], binder.Texts.BySlot[0]);
    }

    [Fact]
    public void Compile_TextComparisons_TheRatersSchemaKnowsTheConstants()
    {
        const string workflow = """
        [{ "WorkflowName": "Branch", "Rules": [
            { "RuleName": "Gold", "Expression": "input1.Grade == \"gold\"" },
            { "RuleName": "NotBronze", "Expression": "input1.Grade != \"bronze\"" } ] }]
        """;

        var rater = TestFactory.Rater(workflow, [new VillageColumn("Grade", IndicatorType.Text)]);

        var slot = rater.Schema.IndexOf("Grade");
        Assert.Equal(0, rater.Schema.CodeOf(slot, "gold"));
        Assert.Equal(1, rater.Schema.CodeOf(slot, "bronze"));
        Assert.Equal("bronze", rater.Schema.TextOf(slot, 1));
    }

    [Fact]
    public void Register_SameTextTwice_KeepsItsFirstCode()
    {
        var texts = new TextConstants();

        var first = texts.Register(3, "a");
        var second = texts.Register(3, "b");

        Assert.Equal((0, 1, 0), (first, second, texts.Register(3, "a")));
        Assert.Equal(["a", "b"], texts.BySlot[3]);
    }
}
