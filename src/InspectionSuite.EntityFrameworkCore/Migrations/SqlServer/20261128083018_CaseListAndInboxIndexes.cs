using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseListAndInboxIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_InstanceId",
                table: "WfHumanTasks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_State",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_InstanceId_Status",
                table: "WfHumanTasks",
                columns: new[] { "InstanceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Authority_CreationTime_Code",
                table: "Cases",
                columns: new[] { "Authority", "CreationTime", "Code" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ConclusionDate",
                table: "Cases",
                column: "ConclusionDate");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CreationTime_Code",
                table: "Cases",
                columns: new[] { "CreationTime", "Code" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_State_CreationTime_Code",
                table: "Cases",
                columns: new[] { "State", "CreationTime", "Code" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_WorkflowInstanceId",
                table: "Cases",
                column: "WorkflowInstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WfHumanTasks_InstanceId_Status",
                table: "WfHumanTasks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Authority_CreationTime_Code",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ConclusionDate",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_CreationTime_Code",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_State_CreationTime_Code",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_WorkflowInstanceId",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_WfHumanTasks_InstanceId",
                table: "WfHumanTasks",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_State",
                table: "Cases",
                column: "State");
        }
    }
}
