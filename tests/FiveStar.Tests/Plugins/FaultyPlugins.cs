using System.Reflection;
using System.Text;
using FiveStar.Plugins;

namespace FiveStar.Tests.Plugins;

/// <summary>Plug-ins that fail in each way a plug-in can, for the fault tests.</summary>
internal static class FaultyPlugins
{
    public const string SharingManifest = """
    {
      "schemaVersion": "1.0", "id": "plugin.faulty_sharing", "name": { "zh": "共享", "en": "Sharing" },
      "indicators": [
        { "id": "households", "name": { "zh": "户数", "en": "Households" }, "type": "integer", "min": 0 },
        { "id": "volunteers", "name": { "zh": "志愿者", "en": "Volunteers" }, "type": "integer", "min": 0 },
        { "id": "volunteers_per_hundred", "name": { "zh": "每百户志愿者", "en": "Volunteers per hundred" }, "type": "number",
          "expression": "SharingHelpers.PerHundred(volunteers, households)" }
      ],
      "categories": [ { "id": "faulty_sharing", "name": { "zh": "共享星", "en": "Sharing" }, "rules": [
        { "id": "FS1", "expression": "SharingHelpers.Checked(volunteers, households) >= 8" },
        { "id": "FS2", "expression": "volunteers_per_hundred >= 8" },
        { "id": "FS3", "expression": "volunteers >= 1" } ] } ]
    }
    """;

    /// <summary>A plug-in whose manifest cannot be opened.</summary>
    internal sealed class ManifestThrows : CategoryPlugin
    {
        public override string CategoryId => "broken_manifest";

        public override Stream OpenManifest() => throw new FileNotFoundException("manifest.json was not packed");
    }

    /// <summary>A plug-in that fails while it lists its helpers.</summary>
    internal sealed class HelpersThrow : CategoryPlugin
    {
        public override string CategoryId => "broken_helpers";

        public override IReadOnlyList<MethodInfo> HelperMethods => throw new InvalidOperationException("helper table not initialised");

        public override Stream OpenManifest() => new MemoryStream(Encoding.UTF8.GetBytes(SharingManifest.Replace("faulty_sharing", "broken_helpers", StringComparison.Ordinal)));
    }

    /// <summary>A plug-in whose helpers throw for some villages (no households), directly or from a guard they call.</summary>
    internal sealed class Sharing : CategoryPlugin
    {
        public override string CategoryId => "faulty_sharing";

        public override IReadOnlyList<MethodInfo> HelperMethods { get; } =
            [typeof(SharingHelpers).GetMethod(nameof(SharingHelpers.PerHundred))!, typeof(SharingHelpers).GetMethod(nameof(SharingHelpers.Checked))!];

        public override Stream OpenManifest() => new MemoryStream(Encoding.UTF8.GetBytes(SharingManifest));
    }
}

/// <summary>Helpers of <see cref="FaultyPlugins.Sharing"/>.</summary>
internal static class SharingHelpers
{
    /// <summary>Throws itself when there are no households.</summary>
    public static double PerHundred(double count, double households) =>
        households == 0 ? throw new InvalidOperationException("no households to divide by") : 100 * count / households;

    /// <summary>Throws from a guard it calls when there are no households.</summary>
    public static double Checked(double count, double households)
    {
        ArgumentOutOfRangeException.ThrowIfZero(households);
        return 100 * count / households;
    }
}
