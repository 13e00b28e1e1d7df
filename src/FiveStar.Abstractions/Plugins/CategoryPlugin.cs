using System.Reflection;

namespace FiveStar.Plugins;

/// <summary>
/// The contract of a category plug-in. A plug-in only declares: its manifest names the category, its typed indicators,
/// derived indicators and default criteria; <see cref="HelperMethods"/> lists the static methods criteria may call.
/// The core compiles everything at load time, so nothing of the plug-in runs per village except those helpers.
/// </summary>
public abstract class CategoryPlugin
{
    /// <summary>Gets the id of the category (star) the plug-in provides, such as <c>industry_prosperity</c>.</summary>
    public abstract string CategoryId { get; }

    /// <summary>
    /// Gets the static methods that criteria may call, in addition to <see cref="Math"/>. Each is called as
    /// <c>TypeName.MethodName(...)</c> in an expression, so keep them pure, total and fast.
    /// </summary>
    public virtual IReadOnlyList<MethodInfo> HelperMethods => [];

    /// <summary>
    /// Opens the plug-in's manifest: a FiveStar criteria fragment (JSON) with the category, its indicators, derived
    /// indicators, parameters and default criteria. The caller disposes the stream.
    /// </summary>
    /// <returns>A readable stream over the manifest's UTF-8 JSON.</returns>
    public abstract Stream OpenManifest();
}
