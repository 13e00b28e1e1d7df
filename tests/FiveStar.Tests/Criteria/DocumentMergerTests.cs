using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FiveStar.Criteria;
using FiveStar.Criteria.Json;

namespace FiveStar.Tests.Criteria;

/// <summary>
/// The one merge rule of <c>extends</c>, member by member. The members come from the source-generated metadata, so a
/// member added to the format is tested here without a line of this file; one whose merge cannot be told (a list of
/// objects with neither <see cref="MergeKeyAttribute"/> nor <see cref="MergeWholeAttribute"/>, a type no sample is known
/// for) fails until its merge is declared.
/// </summary>
public class DocumentMergerTests
{
    private static readonly JsonElement BaseJson = JsonDocument.Parse("1").RootElement.Clone();
    private static readonly JsonElement TownJson = JsonDocument.Parse("2").RootElement.Clone();

    /// <summary>The types merged member by member: the document and every type its lists merge by id, transitively.</summary>
    public static IReadOnlyList<Type> MergedTypes()
    {
        var types = new List<Type> { typeof(CriteriaDocumentDto) };
        for (var i = 0; i < types.Count; i++)
        {
            foreach (var member in MergePlan.For(types[i]).Members.Where(m => m.Kind == MergeKind.MergedById))
            {
                if (!types.Contains(member.ElementType!))
                {
                    types.Add(member.ElementType!);
                }
            }
        }

        return types;
    }

    /// <summary>Every member of every merged type, as the metadata lists it (members JSON ignores left out).</summary>
    public static TheoryData<string, string> Members()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in MergedTypes())
        {
            foreach (var property in Metadata(type).Properties)
            {
                var member = Property(type, property);
                if (!member.IsDefined(typeof(JsonIgnoreAttribute)))
                {
                    data.Add(type.Name, member.Name);
                }
            }
        }

        return data;
    }

    [Fact]
    public void MergedTypes_AreTheFormatsEntriesWithIds()
    {
        Assert.Equal(
            new[] { typeof(CriteriaDocumentDto), typeof(IndicatorDto), typeof(ParameterDto), typeof(ScopedParamDto), typeof(CategoryDto), typeof(VetoDto), typeof(RuleDto) }.Select(t => t.Name).Order(),
            MergedTypes().Select(t => t.Name).Order());
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Merge_MemberNotWrittenByTheTown_KeepsTheBase(string typeName, string memberName)
    {
        var (plan, member) = Find(typeName, memberName);
        var baseItem = New(plan.Type);
        var town = New(plan.Type);
        var value = Sample(member.Property.PropertyType, "base");
        member.Set(baseItem, value);

        var merged = plan.Merge(baseItem, town);

        AssertSameValue(value, member.Get(merged));
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Merge_MemberWrittenByTheTown_ReplacesOrMergesById(string typeName, string memberName)
    {
        var (plan, member) = Find(typeName, memberName);
        var baseItem = New(plan.Type);
        var town = New(plan.Type);
        var baseValue = Sample(member.Property.PropertyType, "base");
        var townValue = Sample(member.Property.PropertyType, "town");
        member.Set(baseItem, baseValue);
        member.Set(town, townValue);

        var merged = member.Get(plan.Merge(baseItem, town));

        if (member.Kind == MergeKind.Replaced)
        {
            // Objects too are replaced whole: a town writing only a Chinese name does not keep the base's English one.
            AssertSameValue(townValue, merged);
            return;
        }

        // Lists by id: the base's entries in order, the town's entry of the same id (in another letter case) merged into
        // the base's, and its new entry appended.
        var element = MergePlan.For(member.ElementType!);
        var items = ((IList)merged!).Cast<object>().ToList();
        Assert.Equal(["a", "B", "c"], items.Select(i => element.KeyOf(i)));
        Assert.Same(((IList)baseValue!)[0], items[0]);
        Assert.Same(((IList)townValue!)[1], items[2]);
        if (element.ReplacesEntry)
        {
            Assert.Same(((IList)townValue!)[0], items[1]);
        }
        else
        {
            Assert.NotSame(((IList)baseValue!)[1], items[1]);
            Assert.NotSame(((IList)townValue!)[0], items[1]);
        }
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Merge_AlternativeWrittenByTheTown_DropsTheBasesOtherWay(string typeName, string memberName)
    {
        var (plan, member) = Find(typeName, memberName);
        var baseItem = New(plan.Type);
        var town = New(plan.Type);
        var replaced = member.Replaces.Select(name => plan.Members.Single(m => m.Name == name)).ToList();
        foreach (var other in replaced)
        {
            other.Set(baseItem, Sample(other.Property.PropertyType, "base"));
        }

        member.Set(town, Sample(member.Property.PropertyType, "town"));

        var merged = plan.Merge(baseItem, town);

        Assert.All(replaced, other => Assert.Null(other.Get(merged)));
    }

    [Fact]
    public void Merge_RuleAlternatives_AreDeclared()
    {
        var rule = MergePlan.For(typeof(RuleDto));

        Assert.Equal([nameof(RuleDto.Operator), nameof(RuleDto.Rules)], rule.Members.Single(m => m.Name == nameof(RuleDto.Expression)).Replaces);
        Assert.Equal([nameof(RuleDto.Expression)], rule.Members.Single(m => m.Name == nameof(RuleDto.Operator)).Replaces);
        Assert.Equal([nameof(RuleDto.RuleName)], rule.Members.Single(m => m.Name == nameof(RuleDto.Id)).Replaces);
        Assert.Equal(MergeKind.Replaced, rule.Members.Single(m => m.Name == nameof(RuleDto.LocalParams)).Kind);
    }

    [Fact]
    public void Merge_TownWritesOnlyAChineseName_DoesNotInheritTheEnglishOne()
    {
        var province = new CategoryDto { Id = "industry", Name = new LocalizedTextDto { Zh = "产业兴旺星", En = "Industry" } };
        var town = new CategoryDto { Id = "industry", Name = new LocalizedTextDto { Zh = "产业星" } };

        var merged = DocumentMerger.MergeCategory(province, town);

        Assert.Equal("产业星", merged.Name!.Zh);
        Assert.Null(merged.Name.En);
    }

    [Fact]
    public void Merge_TownRuleRewritesOnlyTheName_KeepsTheBaseLogicAndPointsErrorsAtTheBase()
    {
        var baseSource = new SourceRef("province.json", "$.categories[0].rules[0]", JsonLocator.None);
        var townSource = new SourceRef("town.json", "$.categories[0].rules[0]", JsonLocator.None);
        var document = new CriteriaDocumentDto { Categories = [new CategoryDto { Id = "c", Rules = [new RuleDto { Id = "r1", Expression = "x > 1", Source = baseSource }] }] };
        var town = new CriteriaDocumentDto { Categories = [new CategoryDto { Id = "C", Rules = [new RuleDto { Id = "R1", Name = new LocalizedTextDto { Zh = "新" }, Source = townSource }] }] };

        var rule = Assert.Single(Assert.Single(DocumentMerger.Merge(document, town).Categories!).Rules!);

        Assert.Equal("x > 1", rule.Expression);
        Assert.Equal("新", rule.Name!.Zh);
        Assert.Equal("province.json", rule.Source!.File);
        Assert.Equal("town.json", rule.Source.Override!.File);
        Assert.Equal(["province.json", "town.json"], rule.Layers!.Select(l => l.File));
    }

    [Fact]
    public void Merge_TownRuleWritesAnExpression_PointsErrorsAtTheTown()
    {
        var baseRule = new RuleDto { Id = "r1", Operator = "And", Rules = [new RuleDto { Id = "n", Expression = "x > 1" }], Source = new SourceRef("province.json", "$", JsonLocator.None) };
        var town = new RuleDto { Id = "r1", Expression = "x > 2", Source = new SourceRef("town.json", "$", JsonLocator.None) };

        var merged = MergePlan.Merge(baseRule, town);

        Assert.Equal("x > 2", merged.Expression);
        Assert.Null(merged.Operator);
        Assert.Null(merged.Rules);
        Assert.Equal("town.json", merged.Source!.File);
        Assert.Equal("province.json", merged.Source.Base!.File);
    }

    private static (MergePlan Plan, MergeMember Member) Find(string typeName, string memberName)
    {
        var plan = MergePlan.For(MergedTypes().Single(t => t.Name == typeName));
        return (plan, plan.Members.Single(m => m.Name == memberName));
    }

    private static JsonTypeInfo Metadata(Type type) => CriteriaJsonContext.Default.GetTypeInfo(type)!;

    private static PropertyInfo Property(Type type, JsonPropertyInfo property) =>
        property.AttributeProvider as PropertyInfo ?? type.GetProperty(property.Name)!;

    private static object New(Type type) => Metadata(type).CreateObject!();

    /// <summary>
    /// A value of a member's type, different for the base and the town. A list of entries with ids holds the ids
    /// "a", "b" (base) or "B", "c" (town); an object of the model is an empty one.
    /// </summary>
    private static object Sample(Type type, string side)
    {
        var town = side == "town";
        if (type == typeof(string))
        {
            return side;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return underlying == typeof(double) ? (town ? 2.0 : 1.0)
                : underlying == typeof(int) ? (town ? 2 : 1)
                : underlying == typeof(bool) ? town
                : underlying == typeof(JsonElement) ? (town ? TownJson : BaseJson)
                : throw new InvalidOperationException($"no sample value of {type}: add one here and declare how the member merges");
        }

        if (type == typeof(List<string>))
        {
            return new List<string> { side };
        }

        if (type == typeof(Dictionary<string, JsonElement>))
        {
            return new Dictionary<string, JsonElement> { [side] = town ? TownJson : BaseJson };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(type)!;
            var key = MergePlan.KeyProperty(element);
            foreach (var id in town ? new[] { "B", "c" } : ["a", "b"])
            {
                var item = New(element);
                if (key is { CanWrite: true })
                {
                    key.SetValue(item, id);
                }
                else if (key is not null)
                {
                    // A computed id (a rule's Id or RuleName): set the first member it reads.
                    element.GetProperty("Id")!.SetValue(item, id);
                }

                list.Add(item);
            }

            return list;
        }

        if (type == typeof(LocalizedTextDto))
        {
            // Read by its own converter (a string or { zh, en }), so its metadata is not an object's: replaced whole.
            return new LocalizedTextDto { Zh = side, En = side };
        }

        if (CriteriaJsonContext.Default.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info)
        {
            return info.CreateObject!();
        }

        throw new InvalidOperationException($"no sample value of {type}: add one here and declare how the member merges");
    }

    private static void AssertSameValue(object? expected, object? actual)
    {
        if (expected is null || expected.GetType().IsValueType || expected is string)
        {
            Assert.Equal(expected, actual);
        }
        else
        {
            Assert.Same(expected, actual);
        }
    }
}
