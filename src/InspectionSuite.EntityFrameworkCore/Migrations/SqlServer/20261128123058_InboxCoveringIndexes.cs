using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InboxCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc_CreatedAtUtc_Id",
                table: "WfHumanTasks");

            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc_CreatedAtUtc_Id",
                table: "WfHumanTasks");

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc_CreatedAtUtc_Id_AssigneeUserId_InstanceId",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeRole", "DueAtUtc", "CreatedAtUtc", "Id", "AssigneeUserId", "InstanceId" });

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc_CreatedAtUtc_Id_InstanceId",
                table: "WfHumanTasks",
                columns: new[] { "Status", "AssigneeUserId", "DueAtUtc", "CreatedAtUtc", "Id", "InstanceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_Status_AssigneeRole_DueAtUtc_CreatedAtUtc_Id_AssigneeUserId_InstanceId",
                table: "WfHumanTasks");

            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_Status_AssigneeUserId_DueAtUtc_CreatedAtUtc_Id_InstanceId",
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
    }
}
