using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LetterStudio.Data.Setup;

/// <summary>Lets `dotnet ef` build the SQL Server model without a server: migrations need only the model.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerLetterStudioDbContext>
{
    public SqlServerLetterStudioDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerLetterStudioDbContext>().UseSqlServer("Server=localhost;Database=LetterStudio;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
