using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterStudio.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SignatureHand : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Look_SignatureFontId",
                table: "StyleProfiles",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Look_SignatureUnderline",
                table: "StyleProfiles",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Look_SignatureFontId",
                table: "StyleProfiles");

            migrationBuilder.DropColumn(
                name: "Look_SignatureUnderline",
                table: "StyleProfiles");
        }
    }
}
