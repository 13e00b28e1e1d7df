namespace FiveStar.Plugins;

/// <summary>Records that a plug-in folder was loaded, so loading it again is a no-op.</summary>
/// <param name="Path">The folder's full path.</param>
internal sealed record PluginFolder(string Path);
