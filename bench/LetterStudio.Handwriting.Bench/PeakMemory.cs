using System.Diagnostics;

namespace LetterStudio.Handwriting.Bench;

/// <summary>
/// Peak working set during one phase. Process.PeakWorkingSet64 only ever grows over the whole
/// run, so each phase samples the working set itself every few milliseconds.
/// </summary>
internal sealed class PeakMemory : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public PeakMemory()
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, 0, 5);
    }

    public double PeakMegabytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak) / 1048576.0;
        }
    }

    public static double ProcessPeakMegabytes
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64 / 1048576.0;
        }
    }

    private void Sample()
    {
        using var process = Process.GetCurrentProcess();
        long now = process.WorkingSet64;
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen) { }
    }

    public void Dispose() => _timer.Dispose();
}
