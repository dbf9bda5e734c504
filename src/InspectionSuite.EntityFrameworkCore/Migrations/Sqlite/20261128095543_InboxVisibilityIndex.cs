using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxVisibilityIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_WorkflowInstanceId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkflowInstanceId_IsDeleted_Id",
                table: "Cases",
                columns: new[] { "WorkflowInstanceId", "IsDeleted", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_WorkflowInstanceId_IsDeleted_Id",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkflowInstanceId",
                table: "Cases",
                column: "WorkflowInstanceId");
        }
    }
}
