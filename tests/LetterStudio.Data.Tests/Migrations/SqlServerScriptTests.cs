using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace LetterStudio.Data.Tests.Migrations;

/// <summary>
/// SQL Server cannot run on these machines, so its migrations are held to what can be checked without it: the
/// idempotent script (what an operator runs against production) is generated from every migration and parsed by
/// Microsoft's own T-SQL parser for SQL Server 2022. This proves the script is valid T-SQL; it does not prove that
/// it runs (types, constraints and data migrations meet a real server only in production).
/// </summary>
public class SqlServerScriptTests
{
    [Test]
    public void The_idempotent_sql_server_migration_script_parses_as_t_sql_without_an_error()
    {
        using var db = DesignTimeContexts.SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var lines = script.Split('\n');

        var parsed = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.That(errors.Select(e => $"line {e.Line}, column {e.Column}: {e.Message} in `{lines[e.Line - 1].Trim()}`"), Is.Empty);
        var statements = ((TSqlScript)parsed).Batches.Sum(b => b.Statements.Count);
        Assert.That(statements, Is.GreaterThan(db.Database.GetMigrations().Count()), "the script is all there, not an empty parse");
    }

    [Test]
    public void A_parse_error_is_reported_with_its_line()
    {
        // The check above would pass on a parser that accepts anything; this one must fail on a broken statement.
        var broken = "CREATE TABLE [A] ([Id] int NOT NULL);\nGO\nCREATE TABEL [B] ([Id] int);\n";

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(broken), out var errors);

        Assert.That(errors, Is.Not.Empty);
        Assert.That(errors[0].Line, Is.EqualTo(3));
    }
}
