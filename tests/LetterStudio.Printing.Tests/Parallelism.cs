// Fixtures here are independent (each makes its own database, folder, host or loopback server), so two run at once,
// one per core of the CI machine; a fixture that shares files, ports or process-wide state says [NonParallelizable].
[assembly: Parallelizable(ParallelScope.Fixtures)]
[assembly: LevelOfParallelism(2)]
