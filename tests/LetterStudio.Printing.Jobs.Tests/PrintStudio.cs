using LetterStudio.Application.Printing;
using LetterStudio.Application.Setup;
using LetterStudio.Data;
using LetterStudio.Data.Setup;
using LetterStudio.Domain.Printing;
using LetterStudio.Handwriting;
using LetterStudio.Printing.Jobs.Batches;
using LetterStudio.Printing.Jobs.Scheduling;
using LetterStudio.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LetterStudio.Printing.Jobs.Tests;

/// <summary>
/// A studio in a temporary data folder with the print services of the web app and the command line: a Quartz node
/// on the clustered store in the same database when <c>runJobs</c> is true, only a client that puts work in the store
/// otherwise. On SQLite the database is the file letterstudio.db in the data folder, as the studio keeps it; on
/// PostgreSQL it is a <see cref="TestDatabase"/> of its own. Either way it starts as a copy of the demo template and is
/// then migrated and seeded as the app does at start (which finds the schema and the demo studio there).
/// </summary>
public sealed class PrintStudio : IAsyncDisposable
{
    public string DataFolder { get; }
    public IHost Host { get; }
    public TestProvider Provider { get; }
    private readonly TestDatabase? database;

    private PrintStudio(string dataFolder, IHost host, TestProvider provider, TestDatabase? database)
    {
        DataFolder = dataFolder;
        Host = host;
        Provider = provider;
        this.database = database;
    }

    /// <summary>The settings shared by this process and any worker process started on the same folder and database.</summary>
    public Dictionary<string, string?> Settings(int partSize) => Settings(DataFolder, partSize, database);

    private static Dictionary<string, string?> Settings(string dataFolder, int partSize, TestDatabase? database)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Studio:DataFolder"] = dataFolder,
            ["Database:Provider"] = "Sqlite",
            ["Printing:PartSize"] = partSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Printing:PollInterval"] = "00:00:01",
            ["Printing:ClusterCheckinInterval"] = "00:00:01",
        };
        foreach (var (key, value) in database?.Settings ?? new Dictionary<string, string>()) settings[key] = value;
        return settings;
    }

    public static async Task<PrintStudio> StartAsync(TestProvider provider = TestProvider.Sqlite, bool runJobs = true, int partSize = 3, string? dataFolder = null)
    {
        var folder = dataFolder ?? TempFolder.Create("print");
        // From the demo template (migrated and seeded once per run) rather than from nothing: the start below then only
        // adds the roles, as the app's start would on an existing studio. A folder given by the test holds its own database.
        var database = provider == TestProvider.Postgres ? await TestDatabase.CreateAsync(provider, seedDemo: true) : null;
        if (provider == TestProvider.Sqlite && dataFolder is null) TestDatabase.CopySqliteInto(folder, seedDemo: true);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(Settings(folder, partSize, database));
        builder.Logging.ClearProviders();
        builder.Services.AddLetterStudioApplication();
        builder.Services.AddHandwriting();
        builder.Services.AddPrintJobs(builder.Configuration, _ => runJobs);
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var init = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
            await init.MigrateAsync();
            await init.SeedAsync(demo: true);
        }
        await host.StartAsync();
        return new PrintStudio(folder, host, provider, database);
    }

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task WithAsync(Func<IServiceProvider, Task> work) => WithAsync(async sp => { await work(sp); return 0; });

    public LetterStudioDbContext Db(IServiceProvider sp) => sp.GetRequiredService<LetterStudioDbContext>();

    /// <summary>Rendered letters waiting to print, each naming its order in its text.</summary>
    public Task<IReadOnlyList<int>> SeedRenderedAsync(int count, bool isTest = false) =>
        WithAsync(sp => RenderedLetterSeeder.SeedAsync(Db(sp), sp.GetRequiredService<HandwritingRenderer>(), count, uniqueText: true,
            TimeProvider.System, isTest));

    public Task<PrintBatch> CreateBatchAsync(BatchRequest request, string actor = "print@letterstudio.test") =>
        WithAsync(sp => sp.GetRequiredService<CreateBatch>().HandleAsync(request, actor));

    /// <summary>
    /// Waits until the batch is built (or has failed), reading progress as the print room does. The deadline only
    /// guards against a hang: the wait ends as soon as the batch does, so it is long enough for a machine under heavy
    /// load (a 3-minute one ran out with every part done and the assembly still queued, at a load average of 80).
    /// </summary>
    public async Task<BatchProgress> WaitAsync(int batchId)
    {
        var until = DateTime.UtcNow + TimeSpan.FromMinutes(15);
        while (true)
        {
            var progress = await WithAsync(sp => BatchProgress.ReadAsync(Db(sp), batchId));
            if (progress!.Finished) return progress;
            if (DateTime.UtcNow > until) Assert.Fail($"batch {batchId} not built in time: {progress}");
            await Task.Delay(200);
        }
    }

    public Task<PrintBatch> LoadAsync(int batchId) => WithAsync(sp => Db(sp).PrintBatches.AsNoTracking()
        .Include(b => b.Items).Include(b => b.Parts).Include(b => b.Files).SingleAsync(b => b.Id == batchId));

    public string FullPath(PrintBatchFile file) => Host.Services.GetRequiredService<PrintFolders>().Full(file.RelativePath);

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (database is not null) await database.DisposeAsync();
        TempFolder.Delete(DataFolder);
    }
}
