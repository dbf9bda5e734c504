using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PlannedMonth",
                table: "AnnualPlanItems",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlannedQuarter",
                table: "AnnualPlanItems",
                type: "int",
                nullable: true);

            // SelectionReason values are stored by name: the enum's members are PascalCase now (issue 19 item 6).
            // The CSV files keep the old codes (SelectionReasonCodes); the stored values follow the enum.
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'Mandatory' WHERE Reason = 'MANDATORY'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'OverdueRotation' WHERE Reason = 'OVERDUE_ROTATION'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'Rotation' WHERE Reason = 'ROTATION'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'RiskDraw' WHERE Reason = 'RISK_DRAW'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'CooldownOverridden' WHERE Reason = 'COOLDOWN_OVERRIDDEN'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'ExcludedOverlap' WHERE Reason = 'EXCLUDED_OVERLAP'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'ExcludedCooldown' WHERE Reason = 'EXCLUDED_COOLDOWN'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'NotDrawn' WHERE Reason = 'NOT_DRAWN'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'MANDATORY' WHERE Reason = 'Mandatory'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'OVERDUE_ROTATION' WHERE Reason = 'OverdueRotation'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'ROTATION' WHERE Reason = 'Rotation'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'RISK_DRAW' WHERE Reason = 'RiskDraw'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'COOLDOWN_OVERRIDDEN' WHERE Reason = 'CooldownOverridden'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'EXCLUDED_OVERLAP' WHERE Reason = 'ExcludedOverlap'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'EXCLUDED_COOLDOWN' WHERE Reason = 'ExcludedCooldown'");
            migrationBuilder.Sql("UPDATE AnnualPlanItems SET Reason = 'NOT_DRAWN' WHERE Reason = 'NotDrawn'");

            migrationBuilder.DropColumn(
                name: "PlannedMonth",
                table: "AnnualPlanItems");

            migrationBuilder.DropColumn(
                name: "PlannedQuarter",
                table: "AnnualPlanItems");
        }
    }
}
