using FiveStar.Abstractions.Resources;
using FiveStar.Text;

namespace FiveStar.Plugins;

/// <summary>
/// A category plug-in whose manifest is the file <c>manifest.json</c> embedded in its own assembly as
/// <c>{AssemblyName}.manifest.json</c>: the usual plug-in, which only names its category (and its helpers, if any).
/// </summary>
public abstract class EmbeddedManifestPlugin : CategoryPlugin
{
    /// <summary>Initializes a new instance of the <see cref="EmbeddedManifestPlugin"/> class.</summary>
    /// <param name="categoryId">The id of the category (star) the plug-in provides, such as <c>industry_prosperity</c>.</param>
    protected EmbeddedManifestPlugin(string categoryId)
    {
        ArgumentException.ThrowIfNullOrEmpty(categoryId);
        CategoryId = categoryId;
    }

    /// <inheritdoc />
    public sealed override string CategoryId { get; }

    /// <summary>Gets the name of the embedded resource that holds the manifest.</summary>
    protected virtual string ManifestResourceName => $"{GetType().Assembly.GetName().Name}.manifest.json";

    /// <inheritdoc />
    public override Stream OpenManifest()
    {
        // A packaging mistake of the plug-in's author: said in the UI language, as no loader is at hand.
        return GetType().Assembly.GetManifestResourceStream(ManifestResourceName)
            ?? throw new InvalidOperationException(Localizer.Format(Language.Current, nameof(Messages.Manifest_Missing), ManifestResourceName, GetType().Assembly.GetName().Name));
    }
}
