using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterStudio.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Printing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PrintBatchItems_OrderId",
                table: "PrintBatchItems");

            migrationBuilder.AddColumn<string>(
                name: "FailureReason",
                table: "PrintBatchItems",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GroupKey",
                table: "PrintBatchItems",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "GroupLabel",
                table: "PrintBatchItems",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsOpen",
                table: "PrintBatchItems",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PartNumber",
                table: "PrintBatchItems",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PulledAt",
                table: "PrintBatchItems",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PulledBy",
                table: "PrintBatchItems",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StartsGroup",
                table: "PrintBatchItems",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "Paper",
                table: "PrintBatches",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BuildStartedAt",
                table: "PrintBatches",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BuiltAt",
                table: "PrintBatches",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FailureReason",
                table: "PrintBatches",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FromSelection",
                table: "PrintBatches",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "LetterCount",
                table: "PrintBatches",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "MailedBy",
                table: "PrintBatches",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "MailedOn",
                table: "PrintBatches",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PartSize",
                table: "PrintBatches",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "PrintedBy",
                table: "PrintBatches",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RuleDueOnOrBefore",
                table: "PrintBatches",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RuleMaxLetters",
                table: "PrintBatches",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sheets",
                table: "PrintBatches",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PrintBatchFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PrintBatchId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RelativePath = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Pages = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintBatchFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrintBatchFiles_PrintBatches_PrintBatchId",
                        column: x => x.PrintBatchId,
                        principalTable: "PrintBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrintBatchParts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PrintBatchId = table.Column<int>(type: "int", nullable: false),
                    PartNumber = table.Column<int>(type: "int", nullable: false),
                    FirstSequence = table.Column<int>(type: "int", nullable: false),
                    LastSequence = table.Column<int>(type: "int", nullable: false),
                    LettersDone = table.Column<int>(type: "int", nullable: false),
                    Sheets = table.Column<int>(type: "int", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DoneBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LettersSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    EnvelopesSha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ResultJson = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintBatchParts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrintBatchParts_PrintBatches_PrintBatchId",
                        column: x => x.PrintBatchId,
                        principalTable: "PrintBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrintReprints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PrintBatchItemId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PrintBatchFileId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrintReprints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrintReprints_PrintBatchFiles_PrintBatchFileId",
                        column: x => x.PrintBatchFileId,
                        principalTable: "PrintBatchFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrintReprints_PrintBatchItems_PrintBatchItemId",
                        column: x => x.PrintBatchItemId,
                        principalTable: "PrintBatchItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PrintBatchItems_OrderId_Open",
                table: "PrintBatchItems",
                column: "OrderId",
                unique: true,
                filter: "[IsOpen] = 1");

            migrationBuilder.CreateIndex(
                name: "IX_PrintBatchItems_PrintBatchId_PartNumber",
                table: "PrintBatchItems",
                columns: new[] { "PrintBatchId", "PartNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_PrintBatches_Status",
                table: "PrintBatches",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_PrintBatchFiles_PrintBatchId",
                table: "PrintBatchFiles",
                column: "PrintBatchId");

            migrationBuilder.CreateIndex(
                name: "IX_PrintBatchParts_PrintBatchId_PartNumber",
                table: "PrintBatchParts",
                columns: new[] { "PrintBatchId", "PartNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrintReprints_PrintBatchFileId",
                table: "PrintReprints",
                column: "PrintBatchFileId");

            migrationBuilder.CreateIndex(
                name: "IX_PrintReprints_PrintBatchItemId",
                table: "PrintReprints",
                column: "PrintBatchItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PrintBatchParts");

            migrationBuilder.DropTable(
                name: "PrintReprints");

            migrationBuilder.DropTable(
                name: "PrintBatchFiles");

            migrationBuilder.DropIndex(
                name: "IX_PrintBatchItems_OrderId_Open",
                table: "PrintBatchItems");

            migrationBuilder.DropIndex(
                name: "IX_PrintBatchItems_PrintBatchId_PartNumber",
                table: "PrintBatchItems");

            migrationBuilder.DropIndex(
                name: "IX_PrintBatches_Status",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "FailureReason",
                table: "PrintBatchItems");

            migrationBuilder.DropColumn(
                name: "GroupKey",
                table: "PrintBatchItems");

            migrationBuilder.DropColumn(
                name: "GroupLabel",
                table: "PrintBatchItems");

            migrationBuilder.DropColumn(
                name: "IsOpen",
                table: "PrintBatchItems");

            migrationBuilder.DropColumn(
                name: "PartNumber",
                table: "PrintBatchItems");

            migrationBuilder.DropColumn(
                name: "PulledAt",
                table: "PrintBatchItems");

            migrationBuilder.DropColumn(
                name: "PulledBy",
                table: "PrintBatchItems");

            migrationBuilder.DropColumn(
                name: "StartsGroup",
                table: "PrintBatchItems");

            migrationBuilder.DropColumn(
                name: "BuildStartedAt",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "BuiltAt",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "FailureReason",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "FromSelection",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "LetterCount",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "MailedBy",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "MailedOn",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "PartSize",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "PrintedBy",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "RuleDueOnOrBefore",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "RuleMaxLetters",
                table: "PrintBatches");

            migrationBuilder.DropColumn(
                name: "Sheets",
                table: "PrintBatches");

            migrationBuilder.AlterColumn<string>(
                name: "Paper",
                table: "PrintBatches",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrintBatchItems_OrderId",
                table: "PrintBatchItems",
                column: "OrderId");
        }
    }
}
