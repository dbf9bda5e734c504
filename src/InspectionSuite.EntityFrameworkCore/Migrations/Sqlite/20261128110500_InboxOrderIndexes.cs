using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboxOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc",
                table: "WfHumanTasks");

            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc",
                table: "WfHumanTasks");

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc_CreatedAtUtc_Id",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeRole", "DueAtUtc", "CreatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc_CreatedAtUtc_Id",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeUserId", "DueAtUtc", "CreatedAtUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc_CreatedAtUtc_Id",
                table: "WfHumanTasks");

            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc_CreatedAtUtc_Id",
                table: "WfHumanTasks");

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeRole", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeUserId", "DueAtUtc" });
        }
    }
}
