// Fixtures here are independent: each test has a database of its own (a SQLite copy in its own folder, or a PostgreSQL
// database cloned from the template under its own name), and the loopback servers (SMTP, webhook receivers) listen on
// ports the OS hands out. So two fixtures run at once, one per core of the CI machine. The PostgreSQL templates are
// built under an advisory lock, so parallel fixtures and test processes never race to build them.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
