namespace LetterStudio.Application.Orders;

/// <summary>Who is asking, as the workbench's rules need it: a writer sees their own and unassigned orders, an admin all.</summary>
public sealed record Viewer(string UserName, bool IsAdmin)
{
    /// <summary>May this person open the order (to read it, or to decide to claim it)?</summary>
    public bool CanView(string? assignedWriter) => IsAdmin || assignedWriter is null || assignedWriter == UserName;

    /// <summary>May this person change the order's letter and dossier? Only its writer, or an admin.</summary>
    public bool CanWork(string? assignedWriter) => IsAdmin || assignedWriter == UserName;
}
