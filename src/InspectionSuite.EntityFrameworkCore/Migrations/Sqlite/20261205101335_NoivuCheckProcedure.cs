using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NoivuCheckProcedure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CriterionCode",
                table: "CaseSanctions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FindingId",
                table: "CaseSanctions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsUnannounced",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "SelfAssessedBy",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SelfAssessedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseExternalMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExternalMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExternalMembers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseSelfAssessmentEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSelfAssessmentEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSelfAssessmentEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseExternalMembers_CaseId",
                table: "CaseExternalMembers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseSelfAssessmentEntries_CaseId",
                table: "CaseSelfAssessmentEntries",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseExternalMembers");

            migrationBuilder.DropTable(
                name: "CaseSelfAssessmentEntries");

            migrationBuilder.DropColumn(
                name: "CriterionCode",
                table: "CaseSanctions");

            migrationBuilder.DropColumn(
                name: "FindingId",
                table: "CaseSanctions");

            migrationBuilder.DropColumn(
                name: "IsUnannounced",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SelfAssessedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SelfAssessedOn",
                table: "Cases");
        }
    }
}
