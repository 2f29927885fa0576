using System.Globalization;
using LetterStudio.Application.Printing;
using LetterStudio.Application.Setup;
using LetterStudio.Data.Setup;
using LetterStudio.Printing.Jobs.Batches;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace LetterStudio.Printing.Jobs.Scheduling;

public static class PrintJobsServiceCollectionExtensions
{
    /// <summary>Name shared by every node: nodes with the same name and store form one cluster.</summary>
    public const string SchedulerName = "LetterStudioPrint";

    /// <summary>
    /// Batch printing: settings (validated on start), the use cases (AddPrintRoom), and a Quartz scheduler on the clustered
    /// ADO.NET job store in the order database. <paramref name="runJobs"/> decides whether this process is
    /// a node that takes work (the web app by Printing:RunJobsInWeb, `letterstudio worker` always) or only
    /// puts work into the store.
    /// </summary>
    public static IServiceCollection AddPrintJobs(this IServiceCollection services, IConfiguration configuration, Func<PrintingOptions, bool> runJobs)
    {
        // The print room's settings and use cases (LetterStudio.Application), with this project's job store behind their port.
        services.AddPrintRoom();
        services.AddSingleton<BatchAssembler>();
        services.AddScoped<BatchScheduling>();
        services.AddScoped<IBatchJobs>(sp => sp.GetRequiredService<BatchScheduling>());

        // Quartz reads its properties while the services are registered, so the store's connection and the
        // node's settings are worked out from the configuration here (they are validated again on start).
        DatabaseConnection db;
        try
        {
            db = DatabaseConnection.Resolve(configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new(),
                configuration.GetSection(StudioOptions.SectionName).Get<StudioOptions>() ?? new());
        }
        catch (ArgumentException)
        {
            // A bad database setting is reported, naming it, by the settings validation before anything starts;
            // the scheduler is never created then.
            db = new DatabaseConnection(DatabaseProviders.Sqlite, "");
        }
        var o = configuration.GetSection(PrintingOptions.SectionName).Get<PrintingOptions>() ?? new();
        var sqlite = db.Provider == DatabaseProviders.Sqlite;
        // PostgreSQL: Quartz's own delegate and its default lock handler, SELECT ... FOR UPDATE on the QRTZ_LOCKS rows
        // (real row locks, unlike SQLite's whole-file lock). Unquoted, the QRTZ_ prefix folds to Quartz's lower-case tables.
        var (driverDelegate, dataProvider) = db.Provider switch
        {
            DatabaseProviders.Sqlite => (typeof(ClusteredSqliteDelegate).AssemblyQualifiedName!, "SQLite-Microsoft"),
            DatabaseProviders.Postgres => ("Quartz.Impl.AdoJobStore.PostgreSQLDelegate, Quartz", "Npgsql"),
            _ => ("Quartz.Impl.AdoJobStore.SqlServerDelegate, Quartz", "SqlServer"),
        };
        string Ms(TimeSpan t) => ((long)t.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        var properties = new Dictionary<string, string?>
        {
            ["quartz.scheduler.instanceName"] = SchedulerName,
            ["quartz.scheduler.instanceId"] = "AUTO",
            ["quartz.scheduler.idleWaitTime"] = Ms(o.PollInterval),
            ["quartz.threadPool.maxConcurrency"] = o.WorkerThreads.ToString(CultureInfo.InvariantCulture),
            ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
            ["quartz.jobStore.driverDelegateType"] = driverDelegate,
            ["quartz.jobStore.useProperties"] = "true",
            ["quartz.jobStore.tablePrefix"] = "QRTZ_",
            ["quartz.jobStore.dataSource"] = "default",
            ["quartz.jobStore.clustered"] = "true",
            ["quartz.jobStore.clusterCheckinInterval"] = Ms(o.ClusterCheckinInterval),
            ["quartz.dataSource.default.provider"] = dataProvider,
            ["quartz.dataSource.default.connectionString"] = db.ConnectionString,
            ["quartz.serializer.type"] = "stj",
            // Quartz creates its QRTZ_ tables in the order database when they are missing, from the schema of
            // the Quartz version in use (the published scripts under database/tables track Quartz's main branch,
            // not this release). They stay out of the EF migrations: Quartz owns their shape.
            ["quartz.jobStore.schemaProvisioning"] = "CreateIfMissing",
        };
        // SQLite has no row locks (see ClusteredSqliteDelegate). PostgreSQL and SQL Server keep Quartz's default for their
        // delegate: real row locks, SELECT ... FOR UPDATE on QRTZ_LOCKS (on PostgreSQL Quartz's
        // PostgreSqlSelectForUpdateSemaphore, the standard row-lock semaphore that also inserts a missing lock row with
        // ON CONFLICT DO NOTHING, since a failed INSERT would abort PostgreSQL's whole transaction).
        if (sqlite) properties["quartz.jobStore.lockHandler.type"] = "Quartz.Impl.AdoJobStore.UpdateLockRowSemaphore, Quartz";
        services.AddQuartz(properties, _ => { });
        services.AddSingleton(sp => new SchedulerNodeSettings(runJobs(sp.GetRequiredService<IOptions<PrintingOptions>>().Value)));
        services.AddSingleton<SchedulerNode>();
        services.AddHostedService(sp => sp.GetRequiredService<SchedulerNode>());
        services.AddHealthChecks().AddCheck<JobStoreHealthCheck>("jobs", HealthStatus.Unhealthy, [LetterStudio.Application.Health.HealthSetup.Ready]);
        return services;
    }
}

public sealed record SchedulerNodeSettings(bool RunJobs);
