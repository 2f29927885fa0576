using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LetterStudio.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CacheStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CacheStamps",
                columns: table => new
                {
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Keys = table.Column<long>(type: "INTEGER", nullable: false),
                    Orders = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CacheStamps", x => x.CustomerId);
                    table.ForeignKey(
                        name: "FK_CacheStamps_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Customers made from now on get their row with them (CacheStamps.Bump); those already here get theirs now.
            migrationBuilder.Sql("INSERT INTO \"CacheStamps\" (\"CustomerId\", \"Keys\", \"Orders\") SELECT \"Id\", 0, 0 FROM \"Customers\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CacheStamps");
        }
    }
}
