using LetterStudio.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Setup;

public static class DataServiceCollectionExtensions
{
    private static readonly SqliteBusyTimeout BusyTimeout = new();

    /// <summary>
    /// Registers the order database (SQLite, SQL Server or PostgreSQL, chosen by Database:Provider), its settings with
    /// validation on start, and the account store. The use cases that work on it are LetterStudio.Application's.
    /// </summary>
    public static IServiceCollection AddLetterStudioData(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Control and format characters only; the web app replaces it with the hands' own coverage and envelope layout.
        services.TryAddSingleton(LetterStudio.Domain.Common.Printability.TextOnly);
        services.AddOptions<StudioOptions>().BindConfiguration(StudioOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StudioOptions>, StudioOptionsValidator>();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        services.AddSingleton(sp => DatabaseConnection.Resolve(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, sp.GetRequiredService<IOptions<StudioOptions>>().Value));

        // Pooled: a request rents a context that is reset instead of building one and its options anew. The API's
        // reads spent a fifth of their time there (bench/api); the contexts hold no state of their own to leak.
        services.AddDbContextPool<SqliteLetterStudioDbContext>((sp, o) => o.UseSqlite(sp.GetRequiredService<DatabaseConnection>().ConnectionString)
            .AddInterceptors(BusyTimeout)
            // SQLite cannot alter a column, so EF rebuilds such tables with foreign keys switched off by a PRAGMA, which
            // SQLite will not run inside a transaction. EF warns about that on every first start; it is expected (and the
            // same statements run in every test), so it is not shown to people starting the studio.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));
        services.AddDbContextPool<SqlServerLetterStudioDbContext>((sp, o) => o.UseSqlServer(sp.GetRequiredService<DatabaseConnection>().ConnectionString));
        services.AddDbContextPool<PostgresLetterStudioDbContext>((sp, o) => o.UseNpgsql(sp.GetRequiredService<DatabaseConnection>().ConnectionString));
        services.AddScoped<LetterStudioDbContext>(sp => sp.GetRequiredService<DatabaseConnection>().Provider switch
        {
            DatabaseProviders.SqlServer => sp.GetRequiredService<SqlServerLetterStudioDbContext>(),
            DatabaseProviders.Postgres => sp.GetRequiredService<PostgresLetterStudioDbContext>(),
            _ => sp.GetRequiredService<SqliteLetterStudioDbContext>(),
        });

        // Accounts live in the order database. The web app adds sign-in (cookies) on top of this.
        services.AddIdentityCore<StudioUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LetterStudioDbContext>();

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<Backups.SqliteBackup>();
        return services;
    }
}
