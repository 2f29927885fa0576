using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterStudio.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ModesApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recipients_CustomerId",
                table: "Recipients");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_IdempotencyKey",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_Status_Id",
                table: "Orders");

            migrationBuilder.AddColumn<bool>(
                name: "IsTest",
                table: "Recipients",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Recipients_CustomerId_IsTest",
                table: "Recipients",
                columns: new[] { "CustomerId", "IsTest" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_IsTest_Id",
                table: "Orders",
                columns: new[] { "CustomerId", "IsTest", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_IsTest_IdempotencyKey",
                table: "Orders",
                columns: new[] { "CustomerId", "IsTest", "IdempotencyKey" },
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_IsTest_Status_Id",
                table: "Orders",
                columns: new[] { "CustomerId", "IsTest", "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Recipients_CustomerId_IsTest",
                table: "Recipients");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_IsTest_Id",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_IsTest_IdempotencyKey",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_CustomerId_IsTest_Status_Id",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "IsTest",
                table: "Recipients");

            migrationBuilder.CreateIndex(
                name: "IX_Recipients_CustomerId",
                table: "Recipients",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_Id",
                table: "Orders",
                columns: new[] { "CustomerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_IdempotencyKey",
                table: "Orders",
                columns: new[] { "CustomerId", "IdempotencyKey" },
                unique: true,
                filter: "[IdempotencyKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_CustomerId_Status_Id",
                table: "Orders",
                columns: new[] { "CustomerId", "Status", "Id" });
        }
    }
}
