using LetterStudio.Cli.Hosting;

return await CliApp.CreateRoot().Parse(args).InvokeAsync();
