using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterStudio.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OrderModes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsTest",
                table: "Orders",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "MergeFieldsJson",
                table: "Orders",
                type: "nvarchar(max)",
                maxLength: 16000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RepeatOfOrderId",
                table: "Orders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RepeatsYearly",
                table: "Orders",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_Orders_RepeatOfOrderId",
                table: "Orders",
                column: "RepeatOfOrderId");

            migrationBuilder.AddForeignKey(
                name: "FK_Orders_Orders_RepeatOfOrderId",
                table: "Orders",
                column: "RepeatOfOrderId",
                principalTable: "Orders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Orders_Orders_RepeatOfOrderId",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_RepeatOfOrderId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "IsTest",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "MergeFieldsJson",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "RepeatOfOrderId",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "RepeatsYearly",
                table: "Orders");
        }
    }
}
