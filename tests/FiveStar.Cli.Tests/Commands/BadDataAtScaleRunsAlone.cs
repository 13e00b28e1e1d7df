namespace FiveStar.Cli.Tests.Commands;

/// <summary>
/// Runs the million-village test after the others and alone: it bounds the growth of the process-wide managed heap,
/// which other test classes running in parallel would add to.
/// </summary>
[CollectionDefinition(nameof(BadDataAtScaleTests), DisableParallelization = true)]
public sealed class BadDataAtScaleRunsAlone
{
}
