using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUpAggregate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseImplementationReports_Cases_CaseId",
                table: "CaseImplementationReports");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseReChecks_Cases_CaseId",
                table: "CaseReChecks");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseSanctions_Cases_CaseId",
                table: "CaseSanctions");

            migrationBuilder.CreateTable(
                name: "CaseFollowUps",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseFollowUps", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CaseFollowUps_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every case that already has follow-up rows gets its follow-up root (issue 19 item 5) before they refer to it.
            migrationBuilder.Sql(
                "INSERT INTO CaseFollowUps (CaseId, Revision, ConcurrencyStamp) " +
                "SELECT CaseId, 0, 'backfilled-by-FollowUpAggregate' FROM " +
                "(SELECT CaseId FROM CaseSanctions UNION SELECT CaseId FROM CaseImplementationReports UNION SELECT CaseId FROM CaseReChecks) parts;");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseImplementationReports_CaseFollowUps_CaseId",
                table: "CaseImplementationReports",
                column: "CaseId",
                principalTable: "CaseFollowUps",
                principalColumn: "CaseId",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseReChecks_CaseFollowUps_CaseId",
                table: "CaseReChecks",
                column: "CaseId",
                principalTable: "CaseFollowUps",
                principalColumn: "CaseId",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseSanctions_CaseFollowUps_CaseId",
                table: "CaseSanctions",
                column: "CaseId",
                principalTable: "CaseFollowUps",
                principalColumn: "CaseId",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseImplementationReports_CaseFollowUps_CaseId",
                table: "CaseImplementationReports");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseReChecks_CaseFollowUps_CaseId",
                table: "CaseReChecks");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseSanctions_CaseFollowUps_CaseId",
                table: "CaseSanctions");

            migrationBuilder.DropTable(
                name: "CaseFollowUps");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseImplementationReports_Cases_CaseId",
                table: "CaseImplementationReports",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseReChecks_Cases_CaseId",
                table: "CaseReChecks",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseSanctions_Cases_CaseId",
                table: "CaseSanctions",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
