using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FiveStar.Criteria;
using FiveStar.Plugins;

namespace FiveStar.Tests.Plugins;

public sealed class PluginFolderLoaderTests : IDisposable
{
    private static readonly string SharedGovernanceDll = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "../../../../../samples/OtherTown/plugins/OtherTown.Plugins.SharedGovernance/OtherTown.Plugins.SharedGovernance.dll"));

    private readonly string _folder = Directory.CreateTempSubdirectory("fivestar-plugins-").FullName;

    [Fact]
    public void Load_FolderWithPlugin_ProvidesItsCategory()
    {
        CopyPlugin("SharedGovernance");

        var plugins = PluginFolderLoader.Load(_folder);

        var plugin = Assert.Single(plugins);
        Assert.Equal("co_building_sharing", plugin.CategoryId);
        Assert.NotEqual(System.Runtime.Loader.AssemblyLoadContext.Default, System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(plugin.GetType().Assembly));
        var catalog = new CategoryCatalog(plugins);
        Assert.Contains(catalog.Find("co_building_sharing")!.Indicators, i => i.Id == "volunteers_per_hundred_households" && i.IsDerived);
    }

    [Fact]
    public void Load_FileThatIsNotAnAssembly_NamesTheFile()
    {
        File.WriteAllText(Path.Combine(_folder, "notes.dll"), "this is not an assembly");

        var exception = Assert.Throws<PluginLoadException>(() => PluginFolderLoader.Load(_folder));

        Assert.Contains(exception.Problems, p => p.Contains("notes.dll", StringComparison.Ordinal) && p.Contains("not a .NET assembly", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_AssemblyWithoutPlugin_SaysSo()
    {
        File.Copy(typeof(FactAttribute).Assembly.Location, Path.Combine(_folder, "xunit.core.dll"));

        var exception = Assert.Throws<PluginLoadException>(() => PluginFolderLoader.Load(_folder));

        Assert.Contains(exception.Problems, p => p.Contains("xunit.core.dll", StringComparison.Ordinal) && p.Contains("no plug-in in it", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_PluginBuiltAgainstAnotherContractVersion_IsRejected()
    {
        var target = CopyPlugin("Old");
        PatchContractMajorVersion(target, 99);

        var exception = Assert.Throws<PluginLoadException>(() => PluginFolderLoader.Load(_folder));

        Assert.Contains(exception.Problems, p => p.Contains("Old.dll", StringComparison.Ordinal) && p.Contains("incompatible contract", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TwoPluginsClaimingOneCategory_NamesBoth()
    {
        CopyPlugin("First");
        CopyPlugin("Second");

        var exception = Assert.Throws<PluginLoadException>(() => PluginFolderLoader.Load(_folder));

        var problem = Assert.Single(exception.Problems);
        Assert.Contains("First.dll", problem, StringComparison.Ordinal);
        Assert.Contains("Second.dll", problem, StringComparison.Ordinal);
        Assert.Contains("co_building_sharing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PluginThrowingWhileItRegisters_NamesFileAndCause()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "test-plugins/throwing/FiveStar.TestPlugins.Throwing.dll");
        Directory.CreateDirectory(Path.Combine(_folder, "Throwing"));
        File.Copy(source, Path.Combine(_folder, "Throwing", "Throwing.dll"));

        var exception = Assert.Throws<PluginLoadException>(() => PluginFolderLoader.Load(_folder));

        Assert.Contains(exception.Problems, p => p.Contains("Throwing.dll", StringComparison.Ordinal) && p.Contains("threw while it registered", StringComparison.Ordinal) && p.Contains("configuration is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MissingFolder_Fails()
    {
        var exception = Assert.Throws<PluginLoadException>(() => PluginFolderLoader.Load(Path.Combine(_folder, "nope")));

        Assert.Contains("does not exist", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CopyPlugin(string name)
    {
        var directory = Path.Combine(_folder, name);
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, name + ".dll");
        File.Copy(SharedGovernanceDll, target);
        return target;
    }

    /// <summary>Rewrites the plug-in's reference to FiveStar.Abstractions as if it had been built against another major version.</summary>
    private static void PatchContractMajorVersion(string path, ushort major)
    {
        var bytes = File.ReadAllBytes(path);
        int offset;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var reader = pe.GetMetadataReader();
            var metadataStart = pe.PEHeaders.MetadataStartOffset;
            var tableOffset = reader.GetTableMetadataOffset(TableIndex.AssemblyRef);
            var rowSize = reader.GetTableRowSize(TableIndex.AssemblyRef);
            var row = reader.AssemblyReferences.Select((handle, index) => (handle, index)).Single(r => reader.GetString(reader.GetAssemblyReference(r.handle).Name) == "FiveStar.Abstractions").index;
            offset = metadataStart + tableOffset + (row * rowSize);
        }

        BitConverter.GetBytes(major).CopyTo(bytes, offset);
        File.WriteAllBytes(path, bytes);
    }
}
