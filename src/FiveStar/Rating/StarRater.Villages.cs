using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Text.Json;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Villages.Binding;
using FiveStar.Villages.Reading;

namespace FiveStar.Rating;

/// <summary>Rating villages as the application holds them: its own classes, dictionaries, JSON and database rows.</summary>
public sealed partial class StarRater
{
    private readonly ConcurrentDictionary<Type, object> _bindings = new();

    /// <summary>
    /// Binds a village type to this rater's indicators, once per type (later calls return the same binding). A class
    /// is bound by its public properties: <c>Id</c> (or the one marked <see cref="VillageIdAttribute"/>), <c>Name</c>
    /// (or <see cref="VillageNameAttribute"/>), and each other property to the indicator its name gives in snake_case
    /// (<c>CollectiveIncomeYuan</c> to <c>collective_income_yuan</c>, <c>CadresUnder35Count</c> to
    /// <c>cadres_under_35_count</c>) or its <see cref="VillageIndicatorAttribute"/> names. Properties may be
    /// <c>int</c>, <c>long</c>, <c>decimal</c>, <c>double</c>, <c>bool</c>, <c>string</c> or an enum, or nullable
    /// (null is a missing value). Every indicator a criterion reads, and every required one, needs a property (or
    /// <see cref="VillageMap{T}.NotProvided"/>); indicators no criterion reads may be left out. A dictionary of indicator ids to values or a <see cref="JsonElement"/> is read as a
    /// village of a JSON file.
    /// </summary>
    /// <typeparam name="T">The village type.</typeparam>
    /// <returns>The binding.</returns>
    /// <exception cref="VillageBindingException">
    /// The type does not fit: a property that matches no indicator, an indicator with no property, a type that cannot
    /// hold its indicator's values; every problem at once, with suggestions.
    /// </exception>
    public VillageBinding<T> Bind<T>() => (VillageBinding<T>)_bindings.GetOrAdd(typeof(T), static (_, rater) => rater.Build<T>(null), this);

    /// <summary>Binds a village class with an explicit map for what the convention and attributes do not say; not cached, keep the result.</summary>
    /// <typeparam name="T">The village class.</typeparam>
    /// <param name="map">Maps properties to indicators, such as <c>map =&gt; map.Indicator(v =&gt; v.Toilets, "sanitary_toilet_coverage_pct")</c>.</param>
    /// <returns>The binding.</returns>
    /// <exception cref="VillageBindingException">The type does not fit; every problem at once.</exception>
    public VillageBinding<T> Bind<T>(Action<VillageMap<T>> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var built = new VillageMap<T>();
        map(built);
        return Build(built);
    }

    /// <summary>Rates one village given as an object of your own class, a dictionary or a JSON element, with messages in the current UI language.</summary>
    /// <typeparam name="T">The village type, bound once (<see cref="Bind{T}()"/>).</typeparam>
    /// <param name="village">The village.</param>
    /// <returns>Its full rating; a village with a data problem is reported and not rated.</returns>
    public VillageRating Rate<T>(T village) => Bind<T>().Rate(village, Language.Current);

    /// <summary>Rates one village given as an object of your own class, a dictionary or a JSON element.</summary>
    /// <typeparam name="T">The village type, bound once (<see cref="Bind{T}()"/>).</typeparam>
    /// <param name="village">The village.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <returns>Its full rating; a village with a data problem is reported and not rated.</returns>
    public VillageRating Rate<T>(T village, Language language) => Bind<T>().Rate(village, language);

    /// <summary>Rates a sequence of villages in input order, with messages in the current UI language.</summary>
    /// <typeparam name="T">The village type, bound once (<see cref="Bind{T}()"/>).</typeparam>
    /// <param name="villages">The villages.</param>
    /// <returns>The results document: every village's rating in input order and the summary.</returns>
    public ResultsDocument RateAll<T>(IEnumerable<T> villages) => Bind<T>().RateAll(villages, Language.Current);

    /// <summary>Rates a sequence of villages in input order.</summary>
    /// <typeparam name="T">The village type, bound once (<see cref="Bind{T}()"/>).</typeparam>
    /// <param name="villages">The villages.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <returns>The results document: every village's rating in input order and the summary.</returns>
    public ResultsDocument RateAll<T>(IEnumerable<T> villages, Language language) => Bind<T>().RateAll(villages, language);

    /// <summary>Rates an asynchronous stream of villages, yielding each rating in input order, with messages in the current UI language.</summary>
    /// <typeparam name="T">The village type, bound once (<see cref="Bind{T}()"/>).</typeparam>
    /// <param name="villages">The villages.</param>
    /// <param name="cancellationToken">Stops the rating.</param>
    /// <returns>The results document: every village's rating in input order and the summary.</returns>
    public Task<ResultsDocument> RateAllAsync<T>(IAsyncEnumerable<T> villages, CancellationToken cancellationToken) =>
        Bind<T>().RateAllAsync(villages, Language.Current, cancellationToken);

    /// <summary>Rates an asynchronous stream of villages, yielding each rating in input order.</summary>
    /// <typeparam name="T">The village type, bound once (<see cref="Bind{T}()"/>).</typeparam>
    /// <param name="villages">The villages.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <param name="cancellationToken">Stops the rating.</param>
    /// <returns>The results document: every village's rating in input order and the summary.</returns>
    public Task<ResultsDocument> RateAllAsync<T>(IAsyncEnumerable<T> villages, Language language, CancellationToken cancellationToken) =>
        Bind<T>().RateAllAsync(villages, language, cancellationToken);

    /// <summary>
    /// Rates the rows of a database query, read straight from the reader: the id, the name and the columns named after
    /// indicators (matched as a file's headers are, by id or Chinese or English name), each value checked as a village file's; other columns are not read.
    /// </summary>
    /// <param name="rows">The reader, positioned before its first row.</param>
    /// <returns>The results document: every row's rating in row order and the summary.</returns>
    public ResultsDocument RateAll(IDataReader rows) => RateAll(rows, Language.Current);

    /// <summary>Rates the rows of a database query, read straight from the reader.</summary>
    /// <param name="rows">The reader, positioned before its first row.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <returns>The results document: every row's rating in row order and the summary.</returns>
    public ResultsDocument RateAll(IDataReader rows, Language language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(language);
        var columns = ColumnsOf(rows);
        var intake = new VillageIntake(this);
        var ratings = new List<VillageRating>();
        var fields = new List<JsonField>(columns.Length);
        while (rows.Read())
        {
            AddRow(intake, rows, columns, fields);
            if (intake.IsFull)
            {
                intake.Flush(ratings, language);
            }
        }

        intake.Flush(ratings, language);
        return VillageIntake.Document(this, ratings, language);
    }

    /// <summary>Rates the rows of a database query asynchronously, with messages in the current UI language.</summary>
    /// <param name="rows">The reader, positioned before its first row.</param>
    /// <param name="cancellationToken">Stops the rating.</param>
    /// <returns>The results document: every row's rating in row order and the summary.</returns>
    public Task<ResultsDocument> RateAllAsync(DbDataReader rows, CancellationToken cancellationToken) =>
        RateAllAsync(rows, Language.Current, cancellationToken);

    /// <summary>Rates the rows of a database query asynchronously, read straight from the reader as <see cref="RateAll(IDataReader, Language)"/> reads them.</summary>
    /// <param name="rows">The reader, positioned before its first row.</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <param name="cancellationToken">Stops the rating.</param>
    /// <returns>The results document: every row's rating in row order and the summary.</returns>
    public async Task<ResultsDocument> RateAllAsync(DbDataReader rows, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(language);
        var columns = ColumnsOf(rows);
        var intake = new VillageIntake(this);
        var ratings = new List<VillageRating>();
        var fields = new List<JsonField>(columns.Length);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            AddRow(intake, rows, columns, fields);
            if (intake.IsFull)
            {
                intake.Flush(ratings, language);
            }
        }

        intake.Flush(ratings, language);
        return VillageIntake.Document(this, ratings, language);
    }

    /// <summary>Rates villages given as JSON text, one object or an array of objects, read as a village file's are, with messages in the current UI language.</summary>
    /// <param name="json">The JSON text (comments and trailing commas allowed).</param>
    /// <returns>The results document: every village's rating in input order and the summary.</returns>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public ResultsDocument RateJson(string json) => RateJson(json, Language.Current);

    /// <summary>Rates villages given as JSON text, one object or an array of objects, read as a village file's are.</summary>
    /// <param name="json">The JSON text (comments and trailing commas allowed).</param>
    /// <param name="language">The language of messages and reasons.</param>
    /// <returns>The results document: every village's rating in input order and the summary.</returns>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public ResultsDocument RateJson(string json, Language language)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        var root = document.RootElement;
        var binding = Bind<JsonElement>();
        IEnumerable<JsonElement> villages = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : [root];
        return binding.RateAll(villages, language);
    }

    private static void AddRow(VillageIntake intake, IDataRecord rows, (int Ordinal, string Name)[] columns, List<JsonField> fields)
    {
        fields.Clear();
        foreach (var (ordinal, name) in columns)
        {
            fields.Add(NamedFields.Of(rows, ordinal, name));
        }

        intake.Add(fields);
    }

    /// <summary>The columns of a query that are read: the id, the name and the indicators of this rater.</summary>
    private (int Ordinal, string Name)[] ColumnsOf(IDataRecord rows)
    {
        var columns = new List<(int, string)>();
        var headers = new HeaderMatcher(Schema);
        for (var ordinal = 0; ordinal < rows.FieldCount; ordinal++)
        {
            var name = rows.GetName(ordinal);
            if (headers.Match(name).Kind is HeaderKind.Id or HeaderKind.Name || headers.SlotOf(name) >= 0)
            {
                columns.Add((ordinal, name));
            }
        }

        return [.. columns];
    }

    private VillageBinding<T> Build<T>(VillageMap<T>? map)
    {
        if (FieldsAdapter<T>.Handles())
        {
            return new VillageBinding<T>(this, new FieldsAdapter<T>());
        }

        if (typeof(System.Collections.IEnumerable).IsAssignableFrom(typeof(T)) && typeof(T) != typeof(string))
        {
            var message = Localizer.Format(Language.Current, nameof(Messages.Bind_Sequence), typeof(T).Name);
            throw new VillageBindingException(message, [message]);
        }

        return new VillageBinding<T>(this, ObjectBinder.Bind(Schema, ReadSlots, Document.Id, map));
    }
}
