namespace LetterStudio.Domain.Accounts;

/// <summary>The studio's roles. Every page and endpoint names the roles it admits.</summary>
public static class StudioRoles
{
    public const string Writer = "Writer";
    public const string Admin = "Admin";
    public const string PrintOperator = "PrintOperator";
    public const string Customer = "Customer";

    /// <summary>The workbench: writers and the admins who lead them.</summary>
    public const string Workbench = Writer + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [Writer, Admin, PrintOperator, Customer];
}
