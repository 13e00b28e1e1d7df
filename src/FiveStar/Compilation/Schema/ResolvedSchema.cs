using System.Reflection;
using FiveStar.Indicators;
using FiveStar.Villages;

namespace FiveStar.Compilation.Schema;

/// <summary>What a document's expressions may read and call, as <see cref="SchemaResolver"/> found it.</summary>
internal sealed class ResolvedSchema
{
    public ResolvedSchema(IReadOnlyList<IndicatorDefinition> reported, IReadOnlyList<IndicatorDefinition> derived, IReadOnlyList<MethodInfo> helpers, IReadOnlyDictionary<MethodInfo, string> helperOwners)
    {
        Reported = reported;
        Derived = derived;
        Helpers = helpers;
        HelperOwners = helperOwners;
        Layout = new IndicatorSchema(reported, derived);
    }

    /// <summary>Gets the reported indicators, one row slot each.</summary>
    public IReadOnlyList<IndicatorDefinition> Reported { get; }

    /// <summary>Gets the derived indicators, computed from the reported ones.</summary>
    public IReadOnlyList<IndicatorDefinition> Derived { get; }

    /// <summary>Gets the plug-in helpers expressions may call.</summary>
    public IReadOnlyList<MethodInfo> Helpers { get; }

    /// <summary>Gets the plug-in behind each helper, so a helper that throws while rating is reported with its plug-in.</summary>
    public IReadOnlyDictionary<MethodInfo, string> HelperOwners { get; }

    /// <summary>Gets the row layout expressions are bound against (without the text constants, which binding finds).</summary>
    public IndicatorSchema Layout { get; }
}
