using FiveStar.Criteria;
using FiveStar.Text;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.Tests.Resources;

/// <summary>Each class of load message (reading, document checks, extends, compiling) speaks the loader's language.</summary>
public sealed class LoadMessageLanguageTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // Reading: an unknown member, a value of the wrong type.
        { """{ "schemaVersion": "1.0", "id": "t", "paramters": [] }""", "unknown member 'paramters' in the document", "文件顶层中有无法识别的成员“paramters”", "read" },
        { """{ "schemaVersion": "1.0", "id": "t", "extends": "henan-rural-2022", "parameters": [ { "id": "min_land_transfer_mu", "value": "三百" } ] }""", "has the wrong type: expected a number", "处的值类型不对：应为数字", "read" },

        // Document checks.
        { """{ "schemaVersion": "1.0", "id": "t", "extends": "henan-rural-2022", "level": { "mode": "grades" } }""", "level mode \"grades\" is not known", "等级方式 \"grades\" 无法识别", "build" },
        { """{ "schemaVersion": "2.0", "id": "t", "extends": "henan-rural-2022" }""", "schemaVersion \"2.0\" is not supported", "不支持 schemaVersion \"2.0\"", "build" },
        { """{ "schemaVersion": "1.0", "id": "t", "extends": "henan-rural-2022", "vetoes": [ { "id": "v2", "name": { "zh": "x", "en": "x" }, "scope": "category", "category": "industry_prosperity", "effect": "void_rating", "expression": "criminal_case_count > 0" } ] }""", "a category veto can only revoke its star", "针对某颗星的否决只能取消该星", "build" },

        // extends.
        { """{ "schemaVersion": "1.0", "id": "t", "extends": "no/such/base.json" }""", "extends \"no/such/base.json\", but", "extends 写的是 \"no/such/base.json\"，但文件", "load" },

        // Compiling expressions.
        { """{ "schemaVersion": "1.0", "id": "t", "extends": "henan-rural-2022", "categories": [ { "id": "industry_prosperity", "rules": [ { "id": "I1", "expression": "collective_income_yuan + 1" } ] } ] }""", "but a criterion needs true or false", "但标准需要 true 或 false", "compile" },
        { """{ "schemaVersion": "1.0", "id": "t", "extends": "henan-rural-2022", "categories": [ { "id": "industry_prosperity", "rules": [ { "id": "I1", "expression": "secretary_appraisal_grade == \"great\"" } ] } ] }""", "\"great\" is not a value of 'secretary_appraisal_grade'", "\"great\" 不是“secretary_appraisal_grade”的取值", "compile" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_Problem_IsInTheLoadersLanguage(string json, string english, string chinese, string kind)
    {
        Assert.NotEmpty(kind);

        var inEnglish = Messages(json, Language.English);
        var inChinese = Messages(json, Language.Chinese);

        Assert.Contains(inEnglish, m => m.Contains(english, StringComparison.Ordinal));
        Assert.Contains(inChinese, m => m.Contains(chinese, StringComparison.Ordinal));
    }

    private static List<string> Messages(string json, Language language)
    {
        var factory = StarRaterFactory.Create(b => b.AddStandardCategories().Services.Configure<CriteriaLoaderOptions>(o => o.Language = language));
        var exception = Assert.Throws<CriteriaException>(() => factory.Compile(factory.LoadJson(json, "t.json", null)));
        return exception.Diagnostics.Select(d => d.Message).ToList();
    }
}
