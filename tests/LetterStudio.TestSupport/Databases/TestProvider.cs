namespace LetterStudio.TestSupport;

/// <summary>The databases tests run on: the embedded default and the server database.</summary>
public enum TestProvider { Sqlite, Postgres }
