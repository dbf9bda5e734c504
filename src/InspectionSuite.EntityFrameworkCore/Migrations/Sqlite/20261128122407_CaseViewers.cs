using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseViewers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseViewers",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseViewers", x => new { x.UserId, x.CaseId });
                    table.ForeignKey(
                        name: "FK_CaseViewers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseViewers_CaseId",
                table: "CaseViewers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseViewers_UserId_Code_CaseId",
                table: "CaseViewers",
                columns: new[] { "UserId", "Code", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseViewers_UserId_CreationTime_Code_CaseId",
                table: "CaseViewers",
                columns: new[] { "UserId", "CreationTime", "Code", "CaseId" },
                descending: new[] { false, true, false, false });

            migrationBuilder.CreateIndex(
                name: "IX_CaseViewers_UserId_InstanceId",
                table: "CaseViewers",
                columns: new[] { "UserId", "InstanceId" });

            // The viewers of the cases that already exist, derived as the DbContext derives them at every save.
            migrationBuilder.Sql(
                "INSERT INTO CaseViewers (UserId, CaseId, InstanceId, CreationTime, Code) " +
                "SELECT v.UserId, c.Id, c.WorkflowInstanceId, c.CreationTime, c.Code FROM Cases c JOIN (" +
                "SELECT UserId, CaseId FROM CaseTeamMembers " +
                "UNION SELECT i.UserId, r.CaseId FROM CaseReCheckInspectors i JOIN CaseReChecks r ON r.Id = i.ReCheckId" +
                ") v ON v.CaseId = c.Id WHERE c.IsDeleted = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseViewers");
        }
    }
}
