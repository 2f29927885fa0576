using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterStudio.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class VoiceAndPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CallsClient",
                table: "Recipients",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Closeness",
                table: "Recipients",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Greeting",
                table: "Recipients",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignOff",
                table: "Recipients",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signature",
                table: "Recipients",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "About",
                table: "Anecdotes",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "People",
                table: "Anecdotes",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sensitivity",
                table: "Anecdotes",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClientVoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CustomerId = table.Column<int>(type: "int", nullable: false),
                    Spelling = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Favourites = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FavouritesSet = table.Column<bool>(type: "bit", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    EditedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    EditedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientVoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClientVoices_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VoiceSamples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CustomerId = table.Column<int>(type: "int", nullable: false),
                    IsTest = table.Column<bool>(type: "bit", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AddedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoiceSamples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoiceSamples_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClientVoices_CustomerId",
                table: "ClientVoices",
                column: "CustomerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VoiceSamples_CustomerId_IsTest",
                table: "VoiceSamples",
                columns: new[] { "CustomerId", "IsTest" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientVoices");

            migrationBuilder.DropTable(
                name: "VoiceSamples");

            migrationBuilder.DropColumn(
                name: "CallsClient",
                table: "Recipients");

            migrationBuilder.DropColumn(
                name: "Closeness",
                table: "Recipients");

            migrationBuilder.DropColumn(
                name: "Greeting",
                table: "Recipients");

            migrationBuilder.DropColumn(
                name: "SignOff",
                table: "Recipients");

            migrationBuilder.DropColumn(
                name: "Signature",
                table: "Recipients");

            migrationBuilder.DropColumn(
                name: "About",
                table: "Anecdotes");

            migrationBuilder.DropColumn(
                name: "People",
                table: "Anecdotes");

            migrationBuilder.DropColumn(
                name: "Sensitivity",
                table: "Anecdotes");
        }
    }
}
