using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decider.Web.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ResultInReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each saved result moves into its report as "result", byte for byte: text is joined, not re-encoded,
            // so the API keeps returning exactly what it returned when the assessment was saved.
            migrationBuilder.Sql("""
                UPDATE assessments
                SET "ReportJson" = substr("ReportJson", 1, length("ReportJson") - 1) || ',"result":' || "ResultJson" || '}'
                """);
            migrationBuilder.DropColumn(
                name: "ResultJson",
                table: "assessments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ResultJson",
                table: "assessments",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
            migrationBuilder.Sql("""
                UPDATE assessments SET "ResultJson" = json_extract("ReportJson", '$.result')
                """);
        }
    }
}
