using System.Runtime.CompilerServices;

// The handwriting commands are tested in-process (tests/LetterStudio.Cli.Tests/Handwriting).
[assembly: InternalsVisibleTo("LetterStudio.Cli.Tests")]
