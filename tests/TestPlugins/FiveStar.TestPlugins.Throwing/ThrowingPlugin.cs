using FiveStar.Plugins;

namespace FiveStar.TestPlugins.Throwing;

/// <summary>A plug-in that fails while the host creates it.</summary>
internal sealed class ThrowingPlugin : CategoryPlugin
{
    public ThrowingPlugin() => throw new InvalidOperationException("the plug-in's configuration is missing");

    public override string CategoryId => "throwing";

    public override Stream OpenManifest() => Stream.Null;
}
