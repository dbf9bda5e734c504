using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.SqlServer
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
                type: "nvarchar(40)",
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
