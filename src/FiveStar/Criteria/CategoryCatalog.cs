using System.Reflection;
using FiveStar.Criteria.Building;
using FiveStar.Criteria.Json;
using FiveStar.Indicators;
using FiveStar.Plugins;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>The categories that registered plug-ins provide, with their manifests read and checked once.</summary>
public sealed class CategoryCatalog
{
    private readonly Dictionary<string, RegisteredCategory> _byId = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="CategoryCatalog"/> class from plug-in instances.</summary>
    /// <param name="plugins">The plug-ins; two plug-ins may not claim one category id.</param>
    /// <exception cref="CriteriaException">A manifest is invalid, or two plug-ins claim one category.</exception>
    public CategoryCatalog(IEnumerable<CategoryPlugin> plugins)
        : this(plugins, [], [])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CategoryCatalog"/> class from plug-in instances and shipped documents.</summary>
    /// <param name="plugins">The plug-ins; two plug-ins may not claim one category id.</param>
    /// <param name="declaredIndicators">Indicators declared in code, available to every document.</param>
    /// <param name="shippedDocuments">Criteria documents extension packages ship, which other documents extend by id.</param>
    /// <exception cref="CriteriaException">A manifest is invalid, or two plug-ins claim one category.</exception>
    public CategoryCatalog(IEnumerable<CategoryPlugin> plugins, IEnumerable<IndicatorDefinition> declaredIndicators, IEnumerable<ShippedCriteriaDocument> shippedDocuments)
    {
        ArgumentNullException.ThrowIfNull(plugins);
        ArgumentNullException.ThrowIfNull(declaredIndicators);
        ArgumentNullException.ThrowIfNull(shippedDocuments);
        DeclaredIndicators = declaredIndicators.DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase).ToArray();
        ShippedDocuments = shippedDocuments.DistinctBy(d => d.Id, StringComparer.OrdinalIgnoreCase).ToArray();
        var diagnostics = new DiagnosticBag();
        var categories = new List<RegisteredCategory>();
        var options = new CriteriaLoaderOptions();
        foreach (var plugin in plugins.DistinctBy(p => p.GetType()))
        {
            var origin = $"{plugin.GetType().Assembly.GetName().Name}:manifest.json";
            if (Describe(plugin, origin, options.Language, diagnostics) is not var (categoryId, helpers))
            {
                continue;
            }

            if (_byId.TryGetValue(categoryId, out var existing))
            {
                diagnostics.Add(new CriteriaDiagnostic(origin, "$", null, null, categoryId, Localizer.Format(options.Language, nameof(Messages.Plugin_CategoryClaimedTwice), categoryId, existing.Plugin.GetType().FullName, existing.Origin, plugin.GetType().FullName, plugin.GetType().Assembly.GetName().Name)));
                continue;
            }

            if (Read(plugin, categoryId, helpers, origin, options, diagnostics) is { } category)
            {
                _byId.Add(category.Id, category);
                categories.Add(category);
            }
        }

        diagnostics.ThrowIfAny(includeDeferred: true);
        Categories = categories;
    }

    /// <summary>Gets the indicators declared in code (<c>AddIndicators</c>), available to every document.</summary>
    public IReadOnlyList<IndicatorDefinition> DeclaredIndicators { get; }

    /// <summary>Gets the criteria documents extension packages ship (<c>AddShippedCriteria</c>), which other documents extend by id.</summary>
    public IReadOnlyList<ShippedCriteriaDocument> ShippedDocuments { get; }

    /// <summary>Finds a shipped criteria document by its id.</summary>
    /// <param name="documentId">The id, as in <c>"extends": "henan-rural-2022"</c>.</param>
    /// <returns>The document, or <see langword="null"/> when none is registered under that id.</returns>
    public ShippedCriteriaDocument? FindShipped(string? documentId) =>
        ShippedDocuments.FirstOrDefault(d => string.Equals(d.Id, documentId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gets every category the plug-ins provide, in registration order.</summary>
    public IReadOnlyList<RegisteredCategory> Categories { get; }

    /// <summary>Finds the plug-in category with an id.</summary>
    /// <param name="categoryId">The category id.</param>
    /// <returns>The category, or <see langword="null"/> when no plug-in provides it.</returns>
    public RegisteredCategory? Find(string? categoryId) => categoryId is not null && _byId.TryGetValue(categoryId, out var category) ? category : null;

    /// <summary>Describes the available categories for error messages.</summary>
    /// <returns>A comma-separated list of category ids, or "none".</returns>
    public string DescribeAvailable() => Categories.Count == 0 ? Localizer.Format(Language.Current, nameof(Messages.Plugin_NoneRegistered)) : string.Join(", ", Categories.Select(c => c.Id));

    /// <summary>Reads what a plug-in says about itself; a plug-in that throws or lists unusable helpers is reported by name.</summary>
    private static (string CategoryId, IReadOnlyList<MethodInfo> Helpers)? Describe(CategoryPlugin plugin, string origin, Language language, DiagnosticBag diagnostics)
    {
        string? categoryId = null;
        IReadOnlyList<MethodInfo> helpers;
        try
        {
            categoryId = plugin.CategoryId;
            helpers = plugin.HelperMethods ?? [];
        }
#pragma warning disable CA1031 // A faulty plug-in is reported, never allowed to sink the host.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            diagnostics.Add(new CriteriaDiagnostic(origin, "$", null, null, categoryId, Localizer.Format(language, nameof(Messages.Plugin_ThrewWhileRegistering), plugin.GetType().FullName, exception.GetType().Name, exception.Message)));
            return null;
        }

        if (string.IsNullOrWhiteSpace(categoryId))
        {
            diagnostics.Add(new CriteriaDiagnostic(origin, "$", null, null, null, Localizer.Format(language, nameof(Messages.Plugin_NoCategoryId), plugin.GetType().FullName)));
            return null;
        }

        var unusable = helpers.Where(h => h is null || !h.IsStatic || h.IsGenericMethodDefinition).ToList();
        if (unusable.Count > 0)
        {
            diagnostics.Add(new CriteriaDiagnostic(origin, "$", null, null, categoryId, Localizer.Format(language, nameof(Messages.Plugin_UnusableHelpers), plugin.GetType().FullName, string.Join(", ", unusable.Select(h => h is null ? "null" : $"{h.DeclaringType?.Name}.{h.Name}")))));
            return null;
        }

        return (categoryId, helpers);
    }

    private static RegisteredCategory? Read(CategoryPlugin plugin, string categoryId, IReadOnlyList<MethodInfo> helpers, string origin, CriteriaLoaderOptions options, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            using var stream = plugin.OpenManifest();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
#pragma warning disable CA1031 // A faulty plug-in is reported, never allowed to sink the host.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            diagnostics.Add(new CriteriaDiagnostic(origin, "$", null, null, categoryId, Localizer.Format(options.Language, nameof(Messages.Plugin_ManifestUnreadable), plugin.GetType().FullName, exception.Message)));
            return null;
        }

        if (ManifestCache.Find(plugin.GetType(), categoryId, options.Language, bytes) is { } cached)
        {
            return new RegisteredCategory(plugin, categoryId, helpers, cached.Manifest, cached.Manifest.Categories![0], cached.Indicators) { Parameters = cached.Parameters, DefaultCriteria = cached.Criteria };
        }

        var problemsBefore = diagnostics.Count;
        var manifest = CriteriaReader.Read(bytes, origin, options, diagnostics, out _, out var root);
        if (manifest is null)
        {
            return null;
        }

        if (manifest.Categories is not { Count: 1 } || !string.Equals(manifest.Categories[0].Id, categoryId, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(root.Child("categories"), categoryId, Localizer.Format(options.Language, nameof(Messages.Plugin_ManifestCategory), plugin.GetType().FullName, categoryId));
            return null;
        }

        var context = new BuildContext(options, diagnostics, null);
        var indicators = new IndicatorBuilder(context).Build(manifest.Indicators, root, categoryId);
        var parameters = new ParameterBuilder(context).Build(manifest.Parameters, root);
        var criteria = new CriterionBuilder(context).Build(manifest.Categories[0].Rules, manifest.Categories[0].Source ?? root, "rules", categoryId, 1);
        if (diagnostics.Count == problemsBefore)
        {
            ManifestCache.Add(plugin.GetType(), new ManifestCache.Entry(bytes, categoryId, options.Language, manifest, indicators, parameters, criteria));
        }

        return new RegisteredCategory(plugin, categoryId, helpers, manifest, manifest.Categories[0], indicators) { Parameters = parameters, DefaultCriteria = criteria };
    }
}
