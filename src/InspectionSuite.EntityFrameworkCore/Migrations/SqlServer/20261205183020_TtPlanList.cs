using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TtPlanList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AnnualPlanItems_PlanId_UnitCode",
                table: "AnnualPlanItems");

            migrationBuilder.AddColumn<DateTime>(
                name: "AddedAt",
                table: "AnnualPlanItems",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AddedBy",
                table: "AnnualPlanItems",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "AnnualPlanItems",
                type: "nvarchar(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Drawn"); // rows before this migration are drawn units (issue 14: Thanh tra tỉnh's list items are Planned or AdHoc)

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "AnnualPlanItems",
                type: "nvarchar(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlanItems_PlanId_UnitCode",
                table: "AnnualPlanItems",
                columns: new[] { "PlanId", "UnitCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AnnualPlanItems_PlanId_UnitCode",
                table: "AnnualPlanItems");

            migrationBuilder.DropColumn(
                name: "AddedAt",
                table: "AnnualPlanItems");

            migrationBuilder.DropColumn(
                name: "AddedBy",
                table: "AnnualPlanItems");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "AnnualPlanItems");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "AnnualPlanItems");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualPlanItems_PlanId_UnitCode",
                table: "AnnualPlanItems",
                columns: new[] { "PlanId", "UnitCode" },
                unique: true);
        }
    }
}
