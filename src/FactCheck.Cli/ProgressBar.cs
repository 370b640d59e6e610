namespace FactCheck.Cli;

/// <summary>A one-line progress bar on standard error, drawn only when standard error is a terminal.</summary>
internal sealed class ProgressBar(TextWriter error) : IProgress<CheckProgress>
{
    private const int Width = 30;
    private int _lastDrawn = -1;

    public void Report(CheckProgress value)
    {
        if (value.Total == 0)
        {
            return;
        }

        var filled = value.Done * Width / value.Total;
        if (filled == _lastDrawn && value.Done != value.Total)
        {
            return;
        }

        _lastDrawn = filled;
        error.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {value.Done}/{value.Total} {value.Stage,-10}");
        if (value.Stage == "done")
        {
            error.Write("\r" + new string(' ', Width + 30) + "\r");
        }
    }
}
