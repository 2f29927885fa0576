using LetterStudio.Application.Setup;
using LetterStudio.Data.Setup;
using LetterStudio.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LetterStudio.Data.Tests.Setup;

public class SettingsTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddLetterStudioApplication();
        return services.BuildServiceProvider();
    }

    private static string FailureOf(Dictionary<string, string?> settings)
    {
        using var sp = Services(settings);
        var ex = Assert.Throws<OptionsValidationException>(() => sp.ValidateLetterStudioSettings());
        return string.Join(" ", ex!.Failures);
    }

    [Test]
    public void An_unknown_provider_is_named_with_the_setting()
    {
        var folder = TempFolder.Create("settings");
        var message = FailureOf(new() { ["Database:Provider"] = "Oracle", ["Studio:DataFolder"] = folder });

        Assert.That(message, Is.EqualTo("Database:Provider 'Oracle' is not a provider LetterStudio knows; use Sqlite, SqlServer or Postgres."));
    }

    [Test]
    public void A_malformed_sqlite_connection_string_is_named()
    {
        var folder = TempFolder.Create("settings");
        var message = FailureOf(new() { ["Database:ConnectionString"] = "Data Sauce=x.db", ["Studio:DataFolder"] = folder });

        Assert.That(message, Does.StartWith("Database:ConnectionString is not a valid connection string"));
    }

    [Test]
    public void Sql_server_without_a_connection_string_is_refused()
    {
        var folder = TempFolder.Create("settings");
        var message = FailureOf(new() { ["Database:Provider"] = "SqlServer", ["Studio:DataFolder"] = folder });

        Assert.That(message, Does.Contain("Database:ConnectionString is required"));
    }

    [Test]
    public void An_unwritable_data_folder_is_named()
    {
        var blocker = Path.Combine(TempFolder.Create("settings"), "a-file");
        File.WriteAllText(blocker, "");
        // A folder inside a file can never be created, even by root.
        var message = FailureOf(new() { ["Studio:DataFolder"] = Path.Combine(blocker, "data") });

        Assert.That(message, Does.StartWith("Studio:DataFolder"));
        Assert.That(message, Does.Contain("is not writable"));
    }

    [Test]
    public void The_default_sqlite_database_lives_in_the_data_folder()
    {
        var folder = TempFolder.Create("settings");
        using var sp = Services(new() { ["Studio:DataFolder"] = folder });

        sp.ValidateLetterStudioSettings();
        var connection = sp.GetRequiredService<DatabaseConnection>();

        Assert.That(connection.Provider, Is.EqualTo(DatabaseProviders.Sqlite));
        Assert.That(connection.ConnectionString, Does.Contain(Path.Combine(folder, "letterstudio.db")));
    }

    [Test]
    public void Sql_server_is_chosen_by_configuration()
    {
        var folder = TempFolder.Create("settings");
        using var sp = Services(new()
        {
            ["Studio:DataFolder"] = folder,
            ["Database:Provider"] = "SqlServer",
            ["Database:ConnectionString"] = "Server=db.example;Database=LetterStudio;User Id=ls;Password=from-config;TrustServerCertificate=True",
        });
        using var scope = sp.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();

        Assert.That(db, Is.InstanceOf<SqlServerLetterStudioDbContext>());
    }

    [Test]
    public void Postgres_without_a_connection_string_is_refused_naming_the_setting()
    {
        var folder = TempFolder.Create("settings");
        var message = FailureOf(new() { ["Database:Provider"] = "Postgres", ["Studio:DataFolder"] = folder });

        Assert.That(message, Is.EqualTo("Database:ConnectionString is required when Database:Provider is Postgres."));
    }

    [Test]
    public void A_malformed_postgres_connection_string_is_named()
    {
        var folder = TempFolder.Create("settings");
        var message = FailureOf(new() { ["Database:Provider"] = "Postgres", ["Database:ConnectionString"] = "Hots=db.example", ["Studio:DataFolder"] = folder });

        Assert.That(message, Does.StartWith("Database:ConnectionString is not a valid connection string"));
    }

    [Test]
    public void Postgres_is_chosen_by_configuration()
    {
        var folder = TempFolder.Create("settings");
        using var sp = Services(new()
        {
            ["Studio:DataFolder"] = folder,
            ["Database:Provider"] = "postgres",
            ["Database:ConnectionString"] = "Host=db.example;Database=letterstudio;Username=ls;Password=from-config",
        });
        using var scope = sp.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<LetterStudioDbContext>();

        Assert.That(db, Is.InstanceOf<PostgresLetterStudioDbContext>());
        Assert.That(scope.ServiceProvider.GetRequiredService<DatabaseConnection>().Provider, Is.EqualTo(DatabaseProviders.Postgres));
    }
}
