namespace FiveStar.Tests.Fuzzing;

/// <summary>Runs the criteria fuzz tests alone, so the time and memory each input takes can be measured and bounded.</summary>
[CollectionDefinition(nameof(CriteriaLoaderFuzzTests), DisableParallelization = true)]
public sealed class CriteriaFuzzRunsAlone
{
}
