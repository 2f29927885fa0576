using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LetterStudio.Data.Setup;

/// <summary>Lets `dotnet ef` build the PostgreSQL model without a server: migrations need only the model.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLetterStudioDbContext>
{
    public PostgresLetterStudioDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLetterStudioDbContext>().UseNpgsql("Host=localhost;Database=letterstudio").Options);
}
