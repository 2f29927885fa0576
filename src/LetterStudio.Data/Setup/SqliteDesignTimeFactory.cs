using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LetterStudio.Data.Setup;

/// <summary>Lets `dotnet ef` build the SQLite model without starting the app. No database is opened.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLetterStudioDbContext>
{
    public SqliteLetterStudioDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLetterStudioDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
