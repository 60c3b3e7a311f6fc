using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decider.Web.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RevisitBy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "RevisitBy",
                table: "assessments",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RevisitBy",
                table: "assessments");
        }
    }
}
