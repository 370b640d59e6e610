using System.Text;
using FactCheck.Cli;

// Standard output through one large buffer: a report is written token by token, and an unbuffered console would make
// each token a system call. Standard error stays unbuffered for messages and the progress bar.
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
try
{
    return await CommandLine.RunAsync(args, output, Console.Error, interactive: !Console.IsErrorRedirected);
}
finally
{
    await output.FlushAsync();
}
