using LetterStudio.Domain.Accounts;

namespace LetterStudio.Web.Features.PrintRoom;

/// <summary>Who may use the print room: print operators, and admins who stand in for them.</summary>
public static class PrintRoomAccess
{
    public const string Roles = StudioRoles.PrintOperator + "," + StudioRoles.Admin;
}
