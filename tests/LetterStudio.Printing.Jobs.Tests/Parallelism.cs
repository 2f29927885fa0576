// Fixtures here are independent: each studio has its own data folder and database (a SQLite file or a PostgreSQL
// database of its own), its own Quartz scheduler on its own store, and its own worker processes, so two run at once,
// one per core of the CI machine. No test here measures time: the waits end when a batch does (or at a deadline that
// only guards against a hang), and the worker kill happens at a point the test sees, not after a delay.
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
