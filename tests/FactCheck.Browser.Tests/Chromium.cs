using Microsoft.Playwright;

namespace FactCheck.Browser.Tests;

/// <summary>
/// Debian's Chromium, driven headless by Playwright through its own executable path (no browser download). `.ci/run`
/// installs it (apt-get install chromium) when it is missing; FACTCHECK_CHROMIUM points elsewhere.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public static string ExecutablePath => Environment.GetEnvironmentVariable("FACTCHECK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"the browser tests need Chromium at {ExecutablePath}: run 'apt-get install chromium' (bash .ci/run does) or set FACTCHECK_CHROMIUM");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Opens an HTML report from a file in a new page, collecting the console's errors and the page's requests.</summary>
    public async Task<OpenedReport> OpenAsync(string html, int width = 1280, int height = 900)
    {
        var file = Path.Combine(Path.GetTempPath(), $"factcheck-report-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html);
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var opened = new OpenedReport(page, file);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                opened.ConsoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => opened.ConsoleErrors.Add(error);
        page.Dialog += async (_, dialog) =>
        {
            opened.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        page.Request += (_, request) => opened.Requests.Add(request.Url);
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        return opened;
    }
}
