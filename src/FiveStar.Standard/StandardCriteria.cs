namespace FiveStar;

/// <summary>The criteria documents FiveStar.Standard ships, which criteria files extend by id.</summary>
public static class StandardCriteria
{
    /// <summary>The id of the Henan rural five-star scheme (2022), composed from the five standard categories' defaults.</summary>
    public const string HenanRural2022 = "henan-rural-2022";
}
