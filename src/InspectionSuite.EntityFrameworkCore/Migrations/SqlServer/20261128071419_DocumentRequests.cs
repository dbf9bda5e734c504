using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DocumentRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DocumentRequestAnswerId",
                table: "CaseEvidence",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ImplementationReportId",
                table: "CaseEvidence",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseDocumentRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RequestedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ReturnReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDocumentRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDocumentRequests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseDocumentRequestAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentRequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseDocumentRequestAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseDocumentRequestAnswers_CaseDocumentRequests_DocumentRequestId",
                        column: x => x.DocumentRequestId,
                        principalTable: "CaseDocumentRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvidence_DocumentRequestAnswerId",
                table: "CaseEvidence",
                column: "DocumentRequestAnswerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvidence_ImplementationReportId",
                table: "CaseEvidence",
                column: "ImplementationReportId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocumentRequestAnswers_DocumentRequestId",
                table: "CaseDocumentRequestAnswers",
                column: "DocumentRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseDocumentRequests_CaseId_Status",
                table: "CaseDocumentRequests",
                columns: new[] { "CaseId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseDocumentRequestAnswers");

            migrationBuilder.DropTable(
                name: "CaseDocumentRequests");

            migrationBuilder.DropIndex(
                name: "IX_CaseEvidence_DocumentRequestAnswerId",
                table: "CaseEvidence");

            migrationBuilder.DropIndex(
                name: "IX_CaseEvidence_ImplementationReportId",
                table: "CaseEvidence");

            migrationBuilder.DropColumn(
                name: "DocumentRequestAnswerId",
                table: "CaseEvidence");

            migrationBuilder.DropColumn(
                name: "ImplementationReportId",
                table: "CaseEvidence");
        }
    }
}
