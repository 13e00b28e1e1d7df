// Checks the ReadyToRun images packed by eng/ReadyToRun.targets, as CI runs it after `dotnet pack`:
//   dotnet run eng/check-ready-to-run.cs -- <folder of .nupkg files> <package id>...
// Each named package must carry, for every platform it ships, an image that is precompiled for that OS and
// architecture (an image for another OS does not load), and that is the assembly in lib/: the same module version id
// (so the same IL and API) and the same PDB identity (so the package's symbols serve the image as well).
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: check-ready-to-run.cs <packages folder> <package id>...");
    return 2;
}

// ReadyToRun images mark their OS by XOR-ing the PE machine field (see the runtime's readytorun format notes).
var osMarks = new Dictionary<string, ushort> { ["win"] = 0, ["linux"] = 0x7B79, ["osx"] = 0x4644 };
var machines = new Dictionary<string, Machine> { ["x64"] = Machine.Amd64, ["arm64"] = Machine.Arm64 };
var problems = new List<string>();
foreach (var id in args.Skip(1))
{
    var package = Directory.EnumerateFiles(args[0], id + ".*.nupkg")
        .SingleOrDefault(p => Path.GetFileName(p)[(id.Length + 1)..].Split('.')[0].All(char.IsAsciiDigit));
    if (package is null)
    {
        problems.Add($"{id}: no package in {args[0]}");
        continue;
    }

    using var zip = ZipFile.OpenRead(package);
    var il = zip.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal) && e.FullName.Count(c => c == '/') == 2).ToList();
    var images = zip.Entries.Where(e => e.FullName.StartsWith("runtimes/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
    if (il.Count != 1 || images.Count == 0)
    {
        problems.Add($"{id}: expected one assembly in lib/ and images under runtimes/, found {il.Count} and {images.Count}");
        continue;
    }

    var (ilMvid, ilPdb, ilIsImage, _) = Read(il[0]);
    if (ilIsImage)
    {
        problems.Add($"{id}: {il[0].FullName} is precompiled; lib/ must hold IL that loads on every platform");
    }

    foreach (var image in images)
    {
        // runtimes/<os>-<arch>/lib/<tfm>/<name>.dll
        var rid = image.FullName.Split('/')[1].Split('-');
        var expected = (Machine)((ushort)machines[rid[1]] ^ osMarks[rid[0]]);
        var (mvid, pdb, isImage, machine) = Read(image);
        if (!isImage)
        {
            problems.Add($"{id}: {image.FullName} is not a ReadyToRun image");
        }
        else if (machine != expected)
        {
            problems.Add($"{id}: {image.FullName} is compiled for machine 0x{(ushort)machine:X4}, not {rid[0]}-{rid[1]} (0x{(ushort)expected:X4})");
        }

        if (mvid != ilMvid || pdb != ilPdb)
        {
            problems.Add($"{id}: {image.FullName} is not the assembly in {il[0].FullName} (module version {mvid} against {ilMvid}, PDB {pdb} against {ilPdb})");
        }
    }

    Console.WriteLine($"{id}: {string.Join(", ", images.Select(i => i.FullName.Split('/')[1]))} precompiled from {il[0].FullName} (module version {ilMvid})");
}

foreach (var problem in problems)
{
    Console.Error.WriteLine(problem);
}

return problems.Count == 0 ? 0 : 1;

static (Guid Mvid, Guid Pdb, bool IsImage, Machine Machine) Read(ZipArchiveEntry entry)
{
    using var stream = new MemoryStream();
    using (var source = entry.Open())
    {
        source.CopyTo(stream);
    }

    stream.Position = 0;
    using var pe = new PEReader(stream);
    var metadata = pe.GetMetadataReader();
    var codeView = pe.ReadDebugDirectory().FirstOrDefault(d => d.Type == DebugDirectoryEntryType.CodeView);
    var pdb = codeView.Type == DebugDirectoryEntryType.CodeView ? pe.ReadCodeViewDebugDirectoryData(codeView).Guid : Guid.Empty;
    var isImage = pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    return (metadata.GetGuid(metadata.GetModuleDefinition().Mvid), pdb, isImage, pe.PEHeaders.CoffHeader.Machine);
}
