using FiveStar.Criteria.Building;
using FiveStar.Criteria.Json;
using FiveStar.Plugins;
using FiveStar.Resources;

namespace FiveStar.Criteria;

/// <summary>
/// Loads criteria documents (FiveStar documents or plain RulesEngine workflow files): reads them, follows <c>extends</c>,
/// lays plug-in defaults underneath FiveStar documents (never under RulesEngine files), and validates the result. Every problem is reported at once in a <see cref="CriteriaException"/>.
/// </summary>
internal sealed class CriteriaLoader
{
    private readonly CategoryCatalog _catalog;
    private readonly CriteriaLoaderOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="CriteriaLoader"/> class.</summary>
    /// <param name="catalog">The categories plug-ins provide.</param>
    /// <param name="options">Size and depth limits; defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock that gives the rating year when a document names none.</param>
    public CriteriaLoader(CategoryCatalog catalog, CriteriaLoaderOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _options = options ?? new CriteriaLoaderOptions();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets the categories plug-ins provide.</summary>
    public CategoryCatalog Catalog => _catalog;

    /// <summary>Gets the limits in force.</summary>
    public CriteriaLoaderOptions Options => _options;

    /// <summary>Loads a criteria file.</summary>
    /// <param name="path">The file path; <c>extends</c> paths are relative to its folder.</param>
    /// <returns>The validated document.</returns>
    /// <exception cref="CriteriaException">The file is unreadable or invalid; every problem is listed.</exception>
    public CriteriaDocument LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Load(ReadFile(path, null, null)!, path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Loads criteria from a string of JSON.</summary>
    /// <param name="json">The document text.</param>
    /// <param name="sourceName">A name for messages, such as the file it came from.</param>
    /// <param name="baseDirectory">The folder relative <c>extends</c> paths start from; the current folder when <see langword="null"/>.</param>
    /// <returns>The validated document.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public CriteriaDocument LoadJson(string json, string sourceName = "<string>", string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load(System.Text.Encoding.UTF8.GetBytes(json), sourceName, baseDirectory);
    }

    /// <summary>Loads criteria from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream; read to its end, not disposed.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <param name="baseDirectory">The folder relative <c>extends</c> paths start from.</param>
    /// <returns>The validated document.</returns>
    /// <exception cref="CriteriaException">The document is invalid; every problem is listed.</exception>
    public CriteriaDocument Load(Stream utf8Json, string sourceName = "<stream>", string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > _options.MaxFileBytes)
            {
                throw new CriteriaException([new CriteriaDiagnostic(sourceName, "$", null, null, null, Localizer.Format(_options.Language, nameof(Messages.Load_StreamTooLarge), _options.MaxFileBytes))]);
            }

            buffer.Write(chunk, 0, read);
        }

        return Load(buffer.ToArray(), sourceName, baseDirectory);
    }

    private CriteriaDocument Load(byte[] utf8, string sourceName, string? baseDirectory)
    {
        try
        {
            return LoadCore(utf8, sourceName, baseDirectory);
        }
        catch (Exception exception) when (exception is not CriteriaException and not OperationCanceledException and not OutOfMemoryException)
        {
            // Whatever a file does, the caller gets a located message, never an exception naming nothing.
            throw new CriteriaException([new CriteriaDiagnostic(sourceName, "$", null, null, null, Localizer.Format(_options.Language, nameof(Messages.Load_Unexpected), exception.GetType().Name, exception.Message))]);
        }
    }

    private CriteriaDocument LoadCore(byte[] utf8, string sourceName, string? baseDirectory)
    {
        var diagnostics = new DiagnosticBag(_options.Language);
        var top = CriteriaReader.Read(utf8, sourceName, _options, diagnostics, out var format, out var root);
        diagnostics.ThrowIfAny();
        var chain = new List<string>();
        var merged = ResolveExtends(top!, root, baseDirectory, diagnostics, chain, [Key(sourceName)]);
        diagnostics.ThrowIfAny();
        if (format == CriteriaFormat.FiveStar)
        {
            // A RulesEngine file is self-contained: plug-ins lay no defaults under it, whatever its workflows are called.
            // They can only type its data columns, which the compiler does by indicator name.
            merged = ApplyPluginDefaults(merged, root, diagnostics);
        }

        var document = new DocumentBuilder(_options, diagnostics, _timeProvider).Build(merged, root, format, chain);
        if (document is not null)
        {
            ParameterUsage.Check(top!.Parameters, document, _catalog, _options.WarningsAsErrors, diagnostics);
        }

        if (document is not null)
        {
            document.Warnings = diagnostics.Warnings.ToArray();
            document.Effective = merged;
        }

        diagnostics.ThrowIfAny(includeDeferred: true, document);
        return document!;
    }

    private CriteriaDocumentDto ResolveExtends(CriteriaDocumentDto document, SourceRef source, string? baseDirectory, DiagnosticBag diagnostics, List<string> chain, List<string> visiting)
    {
        if (string.IsNullOrWhiteSpace(document.Extends))
        {
            return document;
        }

        var reference = document.Extends;
        var at = source.Child("extends");
        if (visiting.Count > _options.MaxExtendsDepth)
        {
            diagnostics.Add(at, document.Id, Localizer.Format(_options.Language, nameof(Messages.Load_ExtendsTooDeep), visiting.Count, _options.MaxExtendsDepth));
            return document;
        }

        byte[]? bytes;
        string name;
        string? nextDirectory;
        var looksLikePath = reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || reference.Contains('/', StringComparison.Ordinal) || reference.Contains('\\', StringComparison.Ordinal);
        if (looksLikePath)
        {
            var path = Path.GetFullPath(Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), reference));
            name = path;
            nextDirectory = Path.GetDirectoryName(path);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                diagnostics.Add(at, document.Id, Localizer.Format(_options.Language, nameof(Messages.Load_ExtendsFileMissing), reference, path));
                return document;
            }

            bytes = ReadFile(path, at, diagnostics);
        }
        else
        {
            name = reference;
            nextDirectory = baseDirectory;
            var shipped = _catalog.FindShipped(reference);
            if (shipped is null)
            {
                diagnostics.Add(at, document.Id, _catalog.ShippedDocuments.Count == 0
                    ? Localizer.Format(_options.Language, nameof(Messages.Load_ExtendsUnknownNoShipped), reference)
                    : Localizer.Format(_options.Language, nameof(Messages.Load_ExtendsUnknown), reference, string.Join(", ", _catalog.ShippedDocuments.Select(d => d.Id))));
                return document;
            }

            bytes = ReadShipped(shipped);

            name = $"builtin:{reference}";
        }

        var key = Key(name);
        if (visiting.Contains(key, StringComparer.Ordinal))
        {
            diagnostics.Add(at, document.Id, Localizer.Format(_options.Language, nameof(Messages.Load_ExtendsCycle), string.Join(" → ", visiting.Append(key))));
            return document;
        }

        if (bytes is null)
        {
            return document;
        }

        var baseDocument = CriteriaReader.Read(bytes, name, _options, diagnostics, out var baseFormat, out var baseRoot, looksLikePath ? at : null);
        if (baseDocument is null)
        {
            return document;
        }

        if (baseFormat != CriteriaFormat.FiveStar)
        {
            diagnostics.Add(at, document.Id, Localizer.Format(_options.Language, nameof(Messages.Load_ExtendsRulesEngine), reference));
            return document;
        }

        chain.Add(name);
        var resolvedBase = ResolveExtends(baseDocument, baseRoot, nextDirectory, diagnostics, chain, [.. visiting, key]);
        OverrideChecker.Check(resolvedBase, document, source, reference, _catalog, diagnostics);
        return DocumentMerger.Merge(resolvedBase, document);
    }

    private CriteriaDocumentDto ApplyPluginDefaults(CriteriaDocumentDto document, SourceRef root, DiagnosticBag diagnostics)
    {
        var categories = new List<CategoryDto>();
        var parameters = new List<ParameterDto>();
        var indicators = new List<IndicatorDto>();
        for (var i = 0; i < (document.Categories?.Count ?? 0); i++)
        {
            var category = document.Categories![i];
            if (category is null)
            {
                continue;
            }

            var source = category.Source ?? root.Item("categories", i);
            var pluginId = category.Plugin ?? (_catalog.Find(category.Id) is not null ? category.Id : null);
            if (pluginId is null)
            {
                if (category.Rules is null or { Count: 0 } && category.Enabled != false)
                {
                    // One error for the one cause: the category is left out, so it draws no further "no name", "no criteria" or award errors.
                    diagnostics.Add(source, category.Id, Localizer.Format(_options.Language, nameof(Messages.Load_CategoryWithoutPlugin), category.Id, IdSuggestion.Hint(_options.Language, category.Id, _catalog.Categories.Select(c => c.Id)), IdSuggestion.List(_options.Language, _catalog.Categories.Select(c => c.Id))));
                    continue;
                }

                categories.Add(category);
                continue;
            }

            var plugin = _catalog.Find(pluginId);
            if (plugin is null)
            {
                diagnostics.Add(source.Child("plugin"), category.Id, Localizer.Format(_options.Language, nameof(Messages.Load_PluginNotRegistered), category.Id, pluginId, IdSuggestion.Hint(_options.Language, pluginId, _catalog.Categories.Select(c => c.Id)), IdSuggestion.List(_options.Language, _catalog.Categories.Select(c => c.Id))));
                continue;
            }

            // A plug-in's defaults sit underneath a category of the same id; another id only borrows its indicators.
            var effective = string.Equals(plugin.Id, category.Id, StringComparison.OrdinalIgnoreCase)
                ? DocumentMerger.MergeCategory(plugin.DefaultCategory, category)
                : category;
            effective.Plugin = plugin.Id;
            categories.Add(effective);
            if (category.Enabled != false)
            {
                parameters.AddRange(plugin.Manifest.Parameters ?? []);
                indicators.AddRange(plugin.Manifest.Indicators ?? []);
            }
        }

        var pluginLayer = new CriteriaDocumentDto { Parameters = parameters.DistinctBy(p => p.Id).ToList(), Indicators = indicators.DistinctBy(p => p.Id).ToList() };
        var withPlugins = DocumentMerger.Merge(pluginLayer, document);
        withPlugins.Categories = categories;
        return withPlugins;
    }

    private static byte[] ReadShipped(ShippedCriteriaDocument shipped)
    {
        using var stream = shipped.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// Reads a criteria file, which must be a regular file within <see cref="CriteriaLoaderOptions.MaxFileBytes"/>. A folder,
    /// a device (<c>/dev/zero</c>), a FIFO, a socket or a <c>/proc</c> file reports no size and is refused before it is
    /// opened, so nothing blocks or reads without end; the read itself stops one byte past the limit, whatever the size said.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="at">Where another document names it in <c>extends</c>; problems are reported there. <see langword="null"/> for the file being loaded.</param>
    /// <param name="diagnostics">Receives problems; <see langword="null"/> to throw them.</param>
    private byte[]? ReadFile(string path, SourceRef? at, DiagnosticBag? diagnostics)
    {
        var language = _options.Language;
        try
        {
            if (Directory.Exists(path))
            {
                return Fail(Localizer.Format(language, nameof(Messages.Load_NotAFile), path));
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(Localizer.Format(language, nameof(Messages.Load_FileMissing), path));
            }

            if (info.Length == 0)
            {
                return Fail(Localizer.Format(language, nameof(Messages.Load_NotRegularFile), path));
            }

            if (info.Length > _options.MaxFileBytes)
            {
                return Fail(Localizer.Format(language, nameof(Messages.Load_FileTooLarge), path, info.Length, _options.MaxFileBytes));
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[(int)Math.Min(info.Length, _options.MaxFileBytes) + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            if (total > _options.MaxFileBytes || (total == buffer.Length && stream.ReadByte() >= 0))
            {
                return Fail(Localizer.Format(language, nameof(Messages.Load_FileTooLarge), path, Math.Max(total, info.Length), _options.MaxFileBytes));
            }

            return buffer.AsSpan(0, total).ToArray();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Fail(Localizer.Format(language, nameof(Messages.Load_CannotRead), path, exception.Message));
        }

        byte[]? Fail(string message)
        {
            var diagnostic = at is null
                ? new CriteriaDiagnostic(path, "$", null, null, null, message)
                : Located(at, message);
            if (diagnostics is null)
            {
                throw new CriteriaException([diagnostic]);
            }

            diagnostics.Add(diagnostic);
            return null;
        }
    }

    private static CriteriaDiagnostic Located(SourceRef at, string message)
    {
        var position = at.Locator.Find(at.JsonPath);
        return new CriteriaDiagnostic(at.File, at.JsonPath, position?.Line, position?.Column, null, message);
    }

    private static string Key(string name) =>
        name.StartsWith("builtin:", StringComparison.Ordinal) || name.StartsWith('<') ? name : Path.GetFullPath(name);
}
