using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InspectionSuite.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TtHead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountabilityText",
                table: "Cases",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AccountabilityVerdict",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccountableHeadName",
                table: "Cases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AccountableHeadPosition",
                table: "Cases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ExtensionRequestDays",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRequestReason",
                table: "Cases",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ExtensionRequestedAt",
                table: "Cases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionRequestedBy",
                table: "Cases",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ExtensionRequestedById",
                table: "Cases",
                type: "uniqueidentifier",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccountabilityText",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AccountabilityVerdict",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AccountableHeadName",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "AccountableHeadPosition",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestDays",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestReason",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedAt",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedBy",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedById",
                table: "Cases");
        }
    }
}
