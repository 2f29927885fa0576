namespace LetterStudio.TestSupport;

/// <summary>Temporary folders for tests, removed afterwards even when a file is still briefly locked.</summary>
public static class TempFolder
{
    public static string Create(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "letterstudio-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is shutting down; the OS temp cleaner takes it later.
        }
    }
}
