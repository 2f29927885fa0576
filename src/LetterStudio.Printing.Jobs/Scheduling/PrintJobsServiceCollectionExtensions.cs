using LetterStudio.Data.Setup;
using LetterStudio.Printing.Jobs.Batches;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace LetterStudio.Printing.Jobs.Scheduling;

public static class PrintJobsServiceCollectionExtensions
{
    /// <summary>Name shared by every node: nodes with the same name and store form one cluster.</summary>
    public const string SchedulerName = "LetterStudioPrint";

    /// <summary>
    /// Batch printing: settings (validated on start), the use cases, and a Quartz scheduler on the clustered
    /// ADO.NET job store in the order database. <paramref name="runJobs"/> decides whether this process is
    /// a node that takes work (the web app by Printing:RunJobsInWeb, `letterstudio worker` always) or only
    /// puts work into the store.
    /// </summary>
    public static IServiceCollection AddPrintJobs(this IServiceCollection services, Func<PrintingOptions, bool> runJobs)
    {
        services.AddOptions<PrintingOptions>().BindConfiguration(PrintingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrintingOptions>, PrintingOptionsValidator>();
        services.AddSingleton<BatchPartWriter>();
        services.AddSingleton<BatchAssembler>();
        services.AddSingleton<PrintFolders>();
        services.AddScoped<CreateBatch>();
        services.AddScoped<BatchScheduling>();
        services.AddScoped<BatchActions>();

        services.AddQuartz();
        services.AddOptions<QuartzOptions>().Configure<DatabaseConnection, IOptions<PrintingOptions>>((q, db, printing) =>
        {
            var o = printing.Value;
            var sqlite = db.Provider == DatabaseProviders.Sqlite;
            q.Properties["quartz.scheduler.instanceName"] = SchedulerName;
            q.Properties["quartz.scheduler.instanceId"] = "AUTO";
            q.Properties["quartz.scheduler.idleWaitTime"] = ((int)o.PollInterval.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            q.Properties["quartz.threadPool.maxConcurrency"] = o.WorkerThreads.ToString(System.Globalization.CultureInfo.InvariantCulture);
            q.Properties["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz";
            q.Properties["quartz.jobStore.driverDelegateType"] = sqlite
                ? typeof(ClusteredSqliteDelegate).AssemblyQualifiedName
                : "Quartz.Impl.AdoJobStore.SqlServerDelegate, Quartz";
            if (sqlite) q.Properties["quartz.jobStore.lockHandler.type"] = "Quartz.Impl.AdoJobStore.UpdateLockRowSemaphore, Quartz";
            q.Properties["quartz.jobStore.useProperties"] = "true";
            q.Properties["quartz.jobStore.tablePrefix"] = "QRTZ_";
            q.Properties["quartz.jobStore.dataSource"] = "default";
            q.Properties["quartz.jobStore.clustered"] = "true";
            q.Properties["quartz.jobStore.clusterCheckinInterval"] = ((int)o.ClusterCheckinInterval.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            q.Properties["quartz.jobStore.performSchemaValidation"] = "false";
            q.Properties["quartz.dataSource.default.provider"] = sqlite ? "SQLite-Microsoft" : "SqlServer";
            q.Properties["quartz.dataSource.default.connectionString"] = db.ConnectionString;
            q.Properties["quartz.serializer.type"] = "stj";
        });
        services.AddSingleton(sp => new SchedulerNodeSettings(runJobs(sp.GetRequiredService<IOptions<PrintingOptions>>().Value)));
        services.AddSingleton<SchedulerNode>();
        services.AddHostedService(sp => sp.GetRequiredService<SchedulerNode>());
        return services;
    }
}

public sealed record SchedulerNodeSettings(bool RunJobs);
