namespace FiveStar.Plugins;

/// <summary>
/// A criteria document that an extension package ships, such as FiveStar.Standard's <c>henan-rural-2022</c>: criteria
/// files extend it by its id (<c>"extends": "henan-rural-2022"</c>) and hosts rate it with <c>AddBuiltInCriteria(id)</c>.
/// Register it with <see cref="ShippedCriteriaBuilderExtensions.AddShippedCriteria"/>.
/// </summary>
public sealed class ShippedCriteriaDocument
{
    private readonly Func<Stream> _open;

    /// <summary>Initializes a new instance of the <see cref="ShippedCriteriaDocument"/> class.</summary>
    /// <param name="id">The id other documents extend it by (ASCII, as in the document's own <c>id</c>).</param>
    /// <param name="open">Opens the document's UTF-8 JSON; the caller disposes the stream.</param>
    public ShippedCriteriaDocument(string id, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(open);
        Id = id;
        _open = open;
    }

    /// <summary>Gets the id other documents extend it by.</summary>
    public string Id { get; }

    /// <summary>Opens the document's UTF-8 JSON.</summary>
    /// <returns>A stream the caller disposes.</returns>
    public Stream Open() => _open();
}
