using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LetterStudio.Data.Tests.Migrations;

/// <summary>
/// One model, three providers: the design-time models (what the migrations are generated from) must describe the same
/// tables, columns (name, nullability), indexes (columns, uniqueness) and concurrency tokens, so a provider's own
/// spelling (a type, an index filter's quoting) never becomes a different schema. Column types are left out on purpose:
/// they are each engine's own (text, nvarchar, character varying).
/// </summary>
public partial class ModelAgreementTests
{
    [TestCase(nameof(SqlServerLetterStudioDbContext))]
    [TestCase(nameof(PostgresLetterStudioDbContext))]
    public void The_provider_model_agrees_with_the_sqlite_model(string context)
    {
        var sqlite = Describe(DesignTimeContexts.Sqlite);
        var other = Describe(DesignTimeContexts.All.Single(c => c.Name == context).Create);

        Assert.Multiple(() =>
        {
            Assert.That(sqlite.Except(other), Is.Empty, $"in SQLite's model, not in {context}'s");
            Assert.That(other.Except(sqlite), Is.Empty, $"in {context}'s model, not in SQLite's");
        });
        Assert.That(sqlite, Has.Some.StartsWith("token Orders.Version"), "the description covers concurrency tokens");
    }

    [Test]
    public void A_difference_would_be_named()
    {
        // The comparison above is only as good as the description; a column made optional must show in it.
        var model = Describe(DesignTimeContexts.Sqlite);

        Assert.That(model, Does.Contain("column Orders.Brief not null"));
        Assert.That(model, Does.Contain("index PrintBatchItems(OrderId) unique filtered"));
        Assert.That(model.Count(l => l.StartsWith("table ", StringComparison.Ordinal)), Is.GreaterThan(20));
    }

    /// <summary>
    /// SQL Server's provider filters a unique index over nullable columns with "[Column] IS NOT NULL" by itself, because
    /// its unique indexes count NULLs as equal; SQLite and PostgreSQL count them as distinct. Such a filter gives SQL
    /// Server the others' meaning, so it is not a difference; a filter the model asks for (an open batch) is.
    /// </summary>
    private static bool IsFiltered(ITableIndex index) =>
        index.Filter is { } filter && !NullFilter().IsMatch(filter);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\[\w+\] IS NOT NULL( AND \[\w+\] IS NOT NULL)*$")]
    private static partial System.Text.RegularExpressions.Regex NullFilter();

    private static SortedSet<string> Describe(Func<LetterStudioDbContext> create)
    {
        using var db = create();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.Tables)
        {
            lines.Add($"table {table.Name}");
            foreach (var column in table.Columns)
            {
                lines.Add($"column {table.Name}.{column.Name} {(column.IsNullable ? "null" : "not null")}");
                if (column.PropertyMappings.Any(m => m.Property.IsConcurrencyToken))
                    lines.Add($"token {table.Name}.{column.Name}");
            }
            foreach (var index in table.Indexes)
                lines.Add($"index {table.Name}({string.Join(",", index.Columns.Select(c => c.Name))}){(index.IsUnique ? " unique" : "")}{(IsFiltered(index) ? " filtered" : "")}");
            if (table.PrimaryKey is { } key)
                lines.Add($"key {table.Name}({string.Join(",", key.Columns.Select(c => c.Name))})");
            foreach (var fk in table.ForeignKeyConstraints)
                lines.Add($"foreign key {table.Name}({string.Join(",", fk.Columns.Select(c => c.Name))}) -> {fk.PrincipalTable.Name} on delete {fk.OnDeleteAction}");
        }
        return lines;
    }
}
