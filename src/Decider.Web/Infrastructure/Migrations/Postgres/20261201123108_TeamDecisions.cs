using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Decider.Web.Infrastructure.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TeamDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_team_submissions_SessionId",
                table: "team_submissions");

            migrationBuilder.AddColumn<byte[]>(
                name: "ParticipantKeyHash",
                table: "team_submissions",
                type: "bytea",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonsJson",
                table: "team_submissions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Slot",
                table: "team_submissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "team_submissions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResolutionsJson",
                table: "team_sessions",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assessment_status_changes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AssessmentId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    By = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SupersededById = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_status_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_status_changes_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Submissions from before places were numbered take places 1, 2, … in the order they came, so the
            // unique index below holds for them too.
            migrationBuilder.Sql("""
                UPDATE team_submissions SET "Slot" = (
                    SELECT COUNT(*) FROM team_submissions AS earlier
                    WHERE earlier."SessionId" = team_submissions."SessionId"
                      AND (earlier."SubmittedAt" < team_submissions."SubmittedAt"
                           OR (earlier."SubmittedAt" = team_submissions."SubmittedAt" AND earlier."Id" <= team_submissions."Id")))
                """);

            migrationBuilder.CreateIndex(
                name: "IX_team_submissions_SessionId_ParticipantKeyHash",
                table: "team_submissions",
                columns: new[] { "SessionId", "ParticipantKeyHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_team_submissions_SessionId_Slot",
                table: "team_submissions",
                columns: new[] { "SessionId", "Slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_status_changes_AssessmentId",
                table: "assessment_status_changes",
                column: "AssessmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_status_changes");

            migrationBuilder.DropIndex(
                name: "IX_team_submissions_SessionId_ParticipantKeyHash",
                table: "team_submissions");

            migrationBuilder.DropIndex(
                name: "IX_team_submissions_SessionId_Slot",
                table: "team_submissions");

            migrationBuilder.DropColumn(
                name: "ParticipantKeyHash",
                table: "team_submissions");

            migrationBuilder.DropColumn(
                name: "ReasonsJson",
                table: "team_submissions");

            migrationBuilder.DropColumn(
                name: "Slot",
                table: "team_submissions");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "team_submissions");

            migrationBuilder.DropColumn(
                name: "ResolutionsJson",
                table: "team_sessions");

            migrationBuilder.CreateIndex(
                name: "IX_team_submissions_SessionId",
                table: "team_submissions",
                column: "SessionId");
        }
    }
}
