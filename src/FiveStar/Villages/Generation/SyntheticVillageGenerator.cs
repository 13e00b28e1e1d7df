using System.Globalization;
using FiveStar.Rating;

namespace FiveStar.Villages.Generation;

/// <summary>
/// Makes reproducible synthetic villages for any compiled criteria, for benchmarks and trials at scale: each criterion
/// passes about 20–80 % of the time, a few values are missing, and the names are Chinese. Values are drawn from the
/// thresholds the criteria compare each indicator with (and its valid range, enumeration values or a sample's range);
/// at construction a small calibration, rated with the criteria themselves, tilts each indicator until every criterion's
/// pass rate is in the band (or as close as the criteria allow). Village <c>i</c> depends only on the seed and
/// <c>i</c>, so any range of villages can be made on any thread. Thread-safe after construction.
/// </summary>
public sealed class SyntheticVillageGenerator
{
    /// <summary>
    /// The weight of a village's overall "excellence" in each of its values (the rest is the value's own draw), so strong
    /// villages earn several stars (a star needs all or most of its criteria). A blend, not a choice between the two, so
    /// two indicators with the same range are not equal half the time (a ratio of them would sit on 100 %).
    /// </summary>
    private const double Shared = 0.6;

    private const ulong VillageStream = 1;
    private const ulong CalibrationStream = 2;

    private readonly ValueLine[] _lines;
    private readonly double[] _tilts;
    private readonly int[] _optionalSlots;
    private readonly ulong _seed;
    private readonly double _missingRate;

    /// <summary>Initializes a new instance of the <see cref="SyntheticVillageGenerator"/> class with the default options and calibrates it.</summary>
    /// <param name="rater">The compiled criteria the villages are for.</param>
    public SyntheticVillageGenerator(StarRater rater)
        : this(rater, new SyntheticVillageOptions())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SyntheticVillageGenerator"/> class and calibrates it.</summary>
    /// <param name="rater">The compiled criteria the villages are for.</param>
    /// <param name="options">The seed and other options.</param>
    public SyntheticVillageGenerator(StarRater rater, SyntheticVillageOptions options)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MissingValueRate, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MissingValueRate, 1, nameof(options));
        if (options.Sample is { } sample && sample.Schema != rater.Schema)
        {
            throw new ArgumentException("The sample was read for another schema.", nameof(options));
        }

        Rater = rater;
        _seed = unchecked((ulong)options.Seed);
        _missingRate = options.MissingValueRate;
        _lines = ValueLines.Build(rater, options.Sample);
        _optionalSlots = Enumerable.Range(0, rater.Schema.Count).Where(s => !rater.Schema.Indicators[s].Required).ToArray();
        var calibration = new PassRateCalibration(this, rater);
        _tilts = calibration.Run();
        PassRates = calibration.BestRates.Take(rater.CriterionCount).ToArray();
    }

    /// <summary>Gets the compiled criteria the villages are made for.</summary>
    public StarRater Rater { get; }

    /// <summary>
    /// Gets each criterion's pass rate measured on the calibration villages (without missing values), by
    /// <see cref="RatedCriterion.Index"/>: what to expect of a large generated file.
    /// </summary>
    public IReadOnlyList<double> PassRates { get; }

    /// <summary>Gets the id of village <paramref name="index"/> (0-based): <c>V0000001</c> for the first.</summary>
    /// <param name="index">The village's position.</param>
    /// <returns>The id.</returns>
    public static string IdOf(long index) => "V" + (index + 1).ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>Adds villages <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 to a batch.</summary>
    /// <param name="batch">A batch of <see cref="Rater"/>'s schema.</param>
    /// <param name="first">The position of the first village to add.</param>
    /// <param name="count">How many villages.</param>
    public void AddTo(VillageBatch batch, long first, int count)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (batch.Schema != Rater.Schema)
        {
            throw new ArgumentException("The batch was created for another schema.", nameof(batch));
        }

        var values = new double[_lines.Length];
        for (var i = first; i < first + count; i++)
        {
            var name = Village(i, values, out var id);
            var row = batch.Add(id, name);
            for (var s = 0; s < values.Length; s++)
            {
                batch.Set(row, s, values[s]);
            }
        }
    }

    /// <summary>Writes villages 0 to <paramref name="count"/> - 1 as a villages file that <c>fivestar score</c> reads.</summary>
    /// <param name="destination">Where to write (UTF-8).</param>
    /// <param name="format">CSV or JSON Lines.</param>
    /// <param name="count">How many villages.</param>
    /// <exception cref="ArgumentException">The format is neither CSV nor JSON Lines.</exception>
    public void Write(Stream destination, Reading.VillageFileFormat format, long count) => Write(destination, format, count, CancellationToken.None);

    /// <summary>Writes villages 0 to <paramref name="count"/> - 1 as a villages file that <c>fivestar score</c> reads.</summary>
    /// <param name="destination">Where to write (UTF-8).</param>
    /// <param name="format">CSV or JSON Lines.</param>
    /// <param name="count">How many villages.</param>
    /// <param name="cancellationToken">Stops between villages.</param>
    /// <exception cref="ArgumentException">The format is neither CSV nor JSON Lines.</exception>
    public void Write(Stream destination, Reading.VillageFileFormat format, long count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        using var writer = SyntheticVillageWriter.Create(format, destination, Rater.Schema);
        var values = new double[_lines.Length];
        for (var i = 0L; i < count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var name = Village(i, values, out var id);
            writer.Write(id, name, values);
        }

        writer.Flush();
    }

    /// <summary>Makes village <paramref name="index"/>: its values (NaN when missing) and name.</summary>
    private string Village(long index, double[] values, out string id)
    {
        var random = new SplitMix(_seed, (VillageStream << 40) ^ (ulong)index);
        Values(ref random, _tilts, values);
        if (_optionalSlots.Length > 0 && random.NextDouble() < _missingRate)
        {
            values[_optionalSlots[random.NextInt(_optionalSlots.Length)]] = double.NaN;
        }

        id = IdOf(index);
        return VillageNameParts.Instance.Name(ref random);
    }

    /// <summary>Draws calibration village <paramref name="index"/>'s z per slot (its goodness before tilting; no missing values).</summary>
    internal void CalibrationDraws(int index, double[] draws)
    {
        var random = new SplitMix(_seed, (CalibrationStream << 40) ^ (ulong)index);
        Draws(ref random, draws);
    }

    /// <summary>Gets the value of a slot at goodness z tilted by <paramref name="tilt"/>.</summary>
    internal double ValueAt(int slot, double z, double tilt) => _lines[slot].ValueAt(Math.Pow(z, tilt));

    /// <summary>
    /// Each value is a point of its indicator's line at goodness u = z^tilt, where z blends the village's excellence
    /// (shared by its indicators) with an independent draw: a tilt below 1 moves values to the side that meets the criteria.
    /// </summary>
    private void Values(ref SplitMix random, double[] tilts, double[] values)
    {
        Draws(ref random, values);
        for (var s = 0; s < _lines.Length; s++)
        {
            values[s] = ValueAt(s, values[s], tilts[s]);
        }
    }

    private void Draws(ref SplitMix random, double[] draws)
    {
        var excellence = random.NextDouble();
        for (var s = 0; s < _lines.Length; s++)
        {
            draws[s] = (Shared * excellence) + ((1 - Shared) * random.NextDouble());
        }
    }

    /// <summary>Gets the slots the calibration may tilt.</summary>
    internal int SlotCount => _lines.Length;
}
