using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterStudio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderLook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The defaults are the house look (LetterLook.Default) and an envelope, which the print room has always
            // written for every letter; they matter only for rows that exist now and are set below where a profile says more.
            migrationBuilder.AddColumn<string>(
                name: "Look_FontId",
                table: "Orders",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "kristi");

            migrationBuilder.AddColumn<double>(
                name: "Look_FontSizePt",
                table: "Orders",
                type: "REAL",
                nullable: false,
                defaultValue: 18.0);

            migrationBuilder.AddColumn<string>(
                name: "Look_InkColour",
                table: "Orders",
                type: "TEXT",
                maxLength: 7,
                nullable: false,
                defaultValue: "#1B2A4A");

            migrationBuilder.AddColumn<string>(
                name: "Look_Paper",
                table: "Orders",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "A5");

            migrationBuilder.AddColumn<string>(
                name: "Look_SignatureFontId",
                table: "Orders",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Look_SignatureUnderline",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Look_Stationery",
                table: "Orders",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Plain");

            migrationBuilder.AddColumn<bool>(
                name: "WantsEnvelope",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            // Every existing order gets the look it was priced and proofed with: the customer's profile version current
            // when the order was placed (the latest version created at or before it; the portal saved the order's look
            // there just before placing it). A customer whose first profile came later gets that first version; a
            // customer with none keeps the house look the columns default to.
            migrationBuilder.Sql(@"
UPDATE ""Orders"" SET
    ""Look_FontId"" = p.""Look_FontId"",
    ""Look_FontSizePt"" = p.""Look_FontSizePt"",
    ""Look_InkColour"" = p.""Look_InkColour"",
    ""Look_Paper"" = p.""Look_Paper"",
    ""Look_Stationery"" = p.""Look_Stationery"",
    ""Look_SignatureFontId"" = p.""Look_SignatureFontId"",
    ""Look_SignatureUnderline"" = p.""Look_SignatureUnderline""
FROM ""StyleProfiles"" AS p
WHERE p.""Id"" = (
    SELECT q.""Id"" FROM ""StyleProfiles"" AS q
    WHERE q.""CustomerId"" = ""Orders"".""CustomerId""
    ORDER BY CASE WHEN q.""CreatedAt"" <= ""Orders"".""CreatedAt"" THEN 0 ELSE 1 END,
             CASE WHEN q.""CreatedAt"" <= ""Orders"".""CreatedAt"" THEN -q.""Version"" ELSE q.""Version"" END
    LIMIT 1);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Look_FontId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Look_FontSizePt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Look_InkColour",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Look_Paper",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Look_SignatureFontId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Look_SignatureUnderline",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "Look_Stationery",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "WantsEnvelope",
                table: "Orders");
        }
    }
}
