using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LetterStudio.Data;

/// <summary>
/// A compiled query for each EF model it meets. EF binds a compiled query to the model of its first run and refuses
/// any other; a studio runs one provider, but a process that holds two (the tests run SQLite and PostgreSQL side by
/// side, a migration tool reads one database and writes another) needs one compiled copy per provider's model.
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetOrAdd(db.Model, _ => compile());
}
