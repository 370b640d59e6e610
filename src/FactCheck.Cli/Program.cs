using FactCheck.Cli;

return await CommandLine.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
