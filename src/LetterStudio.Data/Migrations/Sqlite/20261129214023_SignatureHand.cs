using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterStudio.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Look_SignatureUnderline",
                table: "StyleProfiles",
                type: "INTEGER",
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
