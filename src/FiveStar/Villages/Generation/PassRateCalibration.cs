using FiveStar.Rating;

namespace FiveStar.Villages.Generation;

/// <summary>
/// Tilts each indicator's values until every criterion passes 30–70 % of the time on a fixed set of calibration
/// villages (leaving room for the 20–80 % promised of a generated file), and every veto applies at most a quarter of the
/// time. Each round measures, for each indicator an out-of-band criterion reads, how a small tilt either way moves every
/// pass rate (the same villages each time, so the difference is the tilt's), then takes a damped least-squares step per
/// indicator. The best round wins; criteria that cannot reach the band (a constant, say) stay where they are.
/// </summary>
internal sealed class PassRateCalibration
{
    private const int Villages = 1000;
    private const int Rounds = 24;
    private const double Low = 0.3;
    private const double High = 0.7;
    private const double VetoHigh = 0.15;
    private const double VetoWeight = 0.5;

    /// <summary>The tilt step measured, in powers of two.</summary>
    private const double Probe = 0.5;

    /// <summary>The furthest an indicator is tilted either way, in powers of two.</summary>
    private const double MaxTilt = 6;

    private readonly SyntheticVillageGenerator _generator;
    private readonly StarRater _rater;
    private readonly VillageBatch _batch;
    private readonly RatingBuffer _results;
    private readonly double[][] _draws;
    private readonly int _predicates;

    public PassRateCalibration(SyntheticVillageGenerator generator, StarRater rater)
    {
        _generator = generator;
        _rater = rater;
        _batch = rater.CreateBatch(Villages);
        _results = rater.CreateBuffer(Villages);
        _draws = new double[Villages][];
        for (var i = 0; i < Villages; i++)
        {
            _draws[i] = new double[generator.SlotCount];
            generator.CalibrationDraws(i, _draws[i]);
            _batch.Add(SyntheticVillageGenerator.IdOf(i), string.Empty);
        }

        _predicates = rater.Predicates.Count;
        BestRates = new double[_predicates];
    }

    /// <summary>Gets the pass rates of the tilts <see cref="Run"/> returned, criteria then vetoes.</summary>
    public double[] BestRates { get; private set; }

    /// <summary>Returns each slot's tilt exponent.</summary>
    public double[] Run()
    {
        var slots = _generator.SlotCount;
        var logTilts = new double[slots];
        var best = (Tilts: (double[])logTilts.Clone(), Miss: double.PositiveInfinity, Rates: Array.Empty<double>());
        for (var round = 0; round <= Rounds; round++)
        {
            Fill(logTilts);
            var rates = Rates();
            var errors = Errors(rates, out var miss);
            if (miss < best.Miss)
            {
                best = ((double[])logTilts.Clone(), miss, rates);
            }

            if (miss == 0 || round == Rounds)
            {
                break;
            }

            // Only the slots an out-of-band predicate reads are measured and moved.
            var moved = new HashSet<int>();
            for (var p = 0; p < _predicates; p++)
            {
                if (errors[p] != 0)
                {
                    moved.UnionWith(_rater.Predicates[p].Slots);
                }
            }

            var steps = new Dictionary<int, double>();
            foreach (var slot in moved)
            {
                // One column changes; the other values of the same villages stay as they are.
                FillSlot(slot, logTilts[slot] - Probe);
                var better = Rates();
                FillSlot(slot, logTilts[slot] + Probe);
                var worse = Rates();
                FillSlot(slot, logTilts[slot]);
                double along = 0, norm = 1e-4;
                for (var p = 0; p < _predicates; p++)
                {
                    // The change of the pass rate per unit of "more good" (a smaller log tilt).
                    var slope = (better[p] - worse[p]) / (2 * Probe);
                    var weight = p < _rater.CriterionCount ? 1 : VetoWeight;
                    along += weight * slope * errors[p];
                    norm += weight * slope * slope;
                }

                steps[slot] = Math.Clamp(along / norm, -2, 2) / 2;
            }

            foreach (var (slot, step) in steps)
            {
                logTilts[slot] = Math.Clamp(logTilts[slot] - step, -MaxTilt, MaxTilt);
            }
        }

        BestRates = best.Rates;
        return best.Tilts.Select(t => Math.Pow(2, t)).ToArray();
    }

    /// <summary>How far each predicate's rate must move to be comfortably in its band (0 inside), and the squared total.</summary>
    private double[] Errors(double[] rates, out double miss)
    {
        var errors = new double[_predicates];
        miss = 0;
        for (var p = 0; p < _predicates; p++)
        {
            var veto = p >= _rater.CriterionCount;
            var rate = rates[p];
            errors[p] = veto
                ? (rate > VetoHigh ? (VetoHigh * 0.6) - rate : 0)
                : rate < Low ? Low + 0.05 - rate : rate > High ? High - 0.05 - rate : 0;
            miss += (veto ? VetoWeight : 1) * errors[p] * errors[p];
        }

        return errors;
    }

    /// <summary>Sets every calibration village's values for the given tilts.</summary>
    private void Fill(double[] logTilts)
    {
        for (var s = 0; s < logTilts.Length; s++)
        {
            FillSlot(s, logTilts[s]);
        }
    }

    private void FillSlot(int slot, double logTilt)
    {
        var tilt = Math.Pow(2, logTilt);
        for (var i = 0; i < Villages; i++)
        {
            _batch.Set(i, slot, _generator.ValueAt(slot, _draws[i][slot], tilt));
        }
    }

    /// <summary>Rates the calibration villages as they are; returns each predicate's pass rate.</summary>
    private double[] Rates()
    {
        _rater.Rate(_batch, _results);
        var rates = new double[_predicates];
        for (var v = 0; v < Villages; v++)
        {
            for (var p = 0; p < _predicates; p++)
            {
                if (_results.GetState(v, p) == CriterionState.Passed)
                {
                    rates[p]++;
                }
            }
        }

        for (var p = 0; p < _predicates; p++)
        {
            rates[p] /= Villages;
        }

        return rates;
    }
}
