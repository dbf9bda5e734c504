using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OwnAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConcurrencyStamp",
                table: "CaseDocumentRequests",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "CaseDocumentRequests");
        }
    }
}
