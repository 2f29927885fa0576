using Microsoft.EntityFrameworkCore;

namespace LetterStudio.Data;

/// <summary>The order database on SQL Server, for production. Its migrations live in Migrations/SqlServer.</summary>
public sealed class SqlServerLetterStudioDbContext(DbContextOptions<SqlServerLetterStudioDbContext> options)
    : LetterStudioDbContext(options);
