using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Cases_OnSiteStart_Code_IsDeleted_Id",
                table: "Cases",
                columns: new[] { "OnSiteStart", "Code", "IsDeleted", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_State_Code_IsDeleted_Id",
                table: "Cases",
                columns: new[] { "State", "Code", "IsDeleted", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_OnSiteStart_Code_IsDeleted_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_State_Code_IsDeleted_Id",
                table: "Cases");
        }
    }
}
