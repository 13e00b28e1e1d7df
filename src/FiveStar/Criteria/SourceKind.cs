namespace FiveStar.Criteria;

/// <summary>What kind of document a part of an effective criteria document was written in.</summary>
public enum SourceKind
{
    /// <summary>The document that was loaded (a town's own file).</summary>
    Document,

    /// <summary>A file the loaded document extends, directly or through another.</summary>
    ExtendedFile,

    /// <summary>A document a package ships, such as <c>henan-rural-2022</c> (named <c>builtin:…</c>).</summary>
    Shipped,

    /// <summary>A category plug-in's defaults (its manifest).</summary>
    Plugin,
}
