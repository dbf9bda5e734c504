using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TeamChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseTeamChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    AddedUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AddedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AddedAsLeader = table.Column<bool>(type: "bit", nullable: false),
                    RemovedUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RemovedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RemovedWasLeader = table.Column<bool>(type: "bit", nullable: false),
                    DecidedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTeamChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTeamChanges_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamChanges_CaseId_ChangedOn",
                table: "CaseTeamChanges",
                columns: new[] { "CaseId", "ChangedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseTeamChanges");
        }
    }
}
