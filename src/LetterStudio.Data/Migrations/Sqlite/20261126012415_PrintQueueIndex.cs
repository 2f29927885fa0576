using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterStudio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PrintQueueIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PrintBatchItems_OrderId_IsOpen",
                table: "PrintBatchItems",
                columns: new[] { "OrderId", "IsOpen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PrintBatchItems_OrderId_IsOpen",
                table: "PrintBatchItems");
        }
    }
}
