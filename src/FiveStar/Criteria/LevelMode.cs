namespace FiveStar.Criteria;

/// <summary>How a village's stars become its level.</summary>
public enum LevelMode
{
    /// <summary>The level is the number of stars (an N-star branch).</summary>
    StarCount,

    /// <summary>The level is the score band that the total points of all categories falls in.</summary>
    ScoreBands,
}
