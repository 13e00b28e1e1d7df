using FiveStar.Criteria;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;

namespace FiveStar.Tests.Criteria;

/// <summary>A criterion's errorMessage and description: a plain string (both languages) or <c>{ "zh": ..., "en": ... }</c>, each language with its own placeholders.</summary>
public class LocalizedErrorMessageTests
{
    private static string Document(string name, string description, string errorMessage) => $$"""
        {
          "schemaVersion": "1.0",
          "id": "t",
          "name": "镇标准",
          "indicators": [ { "id": "income", "name": "集体收入", "unit": { "zh": "元", "en": "yuan" } } ],
          "parameters": [ { "id": "min_income", "name": "最低收入", "value": 100 } ],
          "categories": [
            { "id": "c", "name": {{name}}, "rules": [
              { "id": "I1", "name": "收入达标", "description": {{description}}, "expression": "income >= min_income",
                "errorMessage": {{errorMessage}} } ] }
          ]
        }
        """;

    [Fact]
    public void Load_PlainDescriptionAndErrorMessage_StandForBothLanguages()
    {
        var rater = TestFactory.Rater(Document("\"产业星\"", "\"收入不低于门槛\"", "\"收入 $(income) 元\""));

        var category = Assert.Single(rater.Document.Categories);
        Assert.Equal("产业星", category.Name.ToString());
        var criterion = Assert.Single(category.Criteria);
        Assert.Equal(new LocalizedText("收入不低于门槛", "收入不低于门槛"), criterion.Description);
        Assert.Equal("收入 $(income) 元", criterion.ErrorMessage!.In(Language.English));
        Assert.Equal("镇标准", rater.Document.Name.In(Language.English));
    }

    [Fact]
    public void Rate_ErrorMessageInBothLanguages_ShowsTheOneAskedFor()
    {
        var rater = TestFactory.Rater(Document(
            """{ "zh": "产业星", "en": "Industry" }""",
            """{ "zh": "收入不低于门槛", "en": "Income at least the threshold" }""",
            """{ "zh": "收入 $(income) 元，要求 $(min_income) 元", "en": "income $(income) yuan, $(min_income) required" }"""));
        var batch = rater.CreateBatch(1);
        var row = batch.Add("v1", "村");
        batch.Set(row, "income", 40);

        var chinese = rater.RateRow(batch, row, Language.Chinese).Categories[0].Criteria[0];
        var english = rater.RateRow(batch, row, Language.English).Categories[0].Criteria[0];

        Assert.Equal(CriterionState.NotMet, english.State);
        Assert.Equal("收入 40 元，要求 100 元", chinese.Message);
        Assert.Equal("income 40 yuan, 100 required", english.Message);
        Assert.Equal("Income at least the threshold", rater.Document.Categories[0].Criteria[0].Description!.In(Language.English));
    }

    [Fact]
    public void Rate_ErrorMessageInOneLanguage_ShowsItInTheOther()
    {
        var rater = TestFactory.Rater(Document("\"产业星\"", "\"说明\"", """{ "zh": "收入 $(income) 元" }"""));
        var batch = rater.CreateBatch(1);
        var row = batch.Add("v1", "村");
        batch.Set(row, "income", 40);

        Assert.Equal("收入 40 元", rater.RateRow(batch, row, Language.English).Categories[0].Criteria[0].Message);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Load_UnknownPlaceholderInEitherLanguage_IsALoadErrorAtTheErrorMessage(string broken)
    {
        var text = broken == "en"
            ? """{ "zh": "收入 $(income) 元", "en": "income $(incom) yuan" }"""
            : """{ "zh": "收入 $(incom) 元", "en": "income $(income) yuan" }""";

        var error = TestFactory.LoadError(Document("\"产业星\"", "\"说明\"", text));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("I1", diagnostic.CriterionId);
        Assert.EndsWith("errorMessage", diagnostic.JsonPath, StringComparison.Ordinal);
        Assert.Contains("incom", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("income", diagnostic.Message.Replace("$(incom)", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
