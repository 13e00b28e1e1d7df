namespace OtherTown.Plugins.SharedGovernance;

/// <summary>Helpers the town's criteria may call.</summary>
internal static class SharingHelpers
{
    /// <summary>Expresses a count per hundred households, 0 when there are no households.</summary>
    public static double PerHundredHouseholds(double count, double households) => households <= 0 ? 0 : 100.0 * count / households;
}
