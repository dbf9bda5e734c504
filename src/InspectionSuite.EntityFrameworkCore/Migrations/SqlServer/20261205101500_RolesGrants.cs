using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.SqlServer
{
    /// <summary>Issue 14 (roles): grants the new concluding permissions to existing roles, once (see RolesIssue14Grants). No schema change.</summary>
    public partial class RolesGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => RolesIssue14Grants.Up(migrationBuilder);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => RolesIssue14Grants.Down(migrationBuilder);
    }
}
