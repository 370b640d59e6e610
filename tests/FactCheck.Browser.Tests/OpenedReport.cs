using Microsoft.Playwright;

namespace FactCheck.Browser.Tests;

/// <summary>A report open in the browser, with what it printed to the console, the dialogs it opened and what it requested.</summary>
public sealed class OpenedReport(IPage page, string file) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> ConsoleErrors { get; } = [];

    public List<string> Dialogs { get; } = [];

    public List<string> Requests { get; } = [];

    public string File { get; } = file;

    public async ValueTask DisposeAsync()
    {
        await Page.CloseAsync();
        System.IO.File.Delete(File);
    }
}
