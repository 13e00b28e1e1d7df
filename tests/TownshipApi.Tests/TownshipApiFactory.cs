using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TownshipApi.Tests;

/// <summary>The sample run in process over a real SQLite file of its own, deleted afterwards.</summary>
public sealed class TownshipApiFactory : WebApplicationFactory<Program>
{
    public TownshipApiFactory()
    {
        DatabasePath = Path.Combine(Path.GetTempPath(), $"township-{Guid.NewGuid():N}.db");
    }

    /// <summary>Gets the SQLite file the sample reads.</summary>
    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Township", $"Data Source={DatabasePath};Pooling=False");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(DatabasePath);
    }
}
